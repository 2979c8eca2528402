package cn.edu.jsnu.yihuiyipin.round;

import cn.edu.jsnu.yihuiyipin.project.BrandProject;
import cn.edu.jsnu.yihuiyipin.project.BrandProjectRepository;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatus;
import cn.edu.jsnu.yihuiyipin.unit.Channel;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Expression bean of brand-round's per-channel sub-processes 立项公示审定 and 表彰审定及推荐: the channels
 * (校工会, 校妇联) whose office has a list to confirm. A channel with nothing on the list gets no task, and
 * a round with nothing at all goes straight on.
 */
@Component("roundChannels")
public class RoundChannels {

    private final BrandProjectRepository projects;

    RoundChannels(BrandProjectRepository projects) {
        this.projects = projects;
    }

    /** Channels with approved projects: their offices confirm the list and funding before it is published. */
    public List<String> withApprovedProjects(Number roundId) {
        return withProjectsIn(roundId, ProjectStatus.APPROVED);
    }

    /** Channels with projects that passed the acceptance: their offices confirm tiers and recommendations. */
    public List<String> withPassedProjects(Number roundId) {
        return withProjectsIn(roundId, ProjectStatus.PASSED);
    }

    private List<String> withProjectsIn(Number roundId, ProjectStatus status) {
        Set<Channel> present = projects.findByRoundIdAndStatusInOrderById(roundId.longValue(), List.of(status)).stream()
                .map(BrandProject::getChannel)
                .collect(Collectors.toSet());
        return Arrays.stream(Channel.values())
                .filter(present::contains)
                .map(Channel::name)
                .toList();
    }
}
