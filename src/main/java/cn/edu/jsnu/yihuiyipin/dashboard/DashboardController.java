package cn.edu.jsnu.yihuiyipin.dashboard;

import cn.edu.jsnu.yihuiyipin.access.Viewer;
import cn.edu.jsnu.yihuiyipin.unit.Channel;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 统计 ({@code /app/dashboard}): offices see their channel, admins every channel or one. */
@Controller
class DashboardController {

    private final DashboardStatistics statistics;

    DashboardController(DashboardStatistics statistics) {
        this.statistics = statistics;
    }

    @GetMapping("/app/dashboard")
    String dashboard(
            Viewer viewer,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Channel channel,
            Model model) {
        List<Channel> channels = ChannelScope.of(viewer, channel);
        List<Integer> years = statistics.years(channels);
        int shown = year != null ? year : years.isEmpty() ? 0 : years.get(0);
        model.addAttribute("years", years);
        model.addAttribute("year", shown);
        model.addAttribute("channel", channel);
        model.addAttribute("channelChoices", viewer.isAdmin() ? Arrays.asList(Channel.values()) : List.of());
        model.addAttribute("scope", channels.stream().map(Channel::label).toList());
        model.addAttribute("charts", years.contains(shown) ? statistics.charts(shown, channels) : List.of());
        return "dashboard/dashboard";
    }
}
