package cn.edu.jsnu.yihuiyipin.dashboard;

import cn.edu.jsnu.yihuiyipin.access.AccessRefusedException;
import cn.edu.jsnu.yihuiyipin.access.Viewer;
import cn.edu.jsnu.yihuiyipin.unit.Channel;
import java.util.Arrays;
import java.util.List;

/**
 * The channels whose figures and lists a viewer may see: an office its own, an admin both. Units and
 * experts see no channel-wide figures at all. Used by the dashboard and the round's exports.
 */
public final class ChannelScope {

    private ChannelScope() {}

    /** The overseen channels, narrowed to {@code asked} if given; refuses anyone else and foreign channels. */
    public static List<Channel> of(Viewer viewer, Channel asked) {
        List<Channel> overseen =
                Arrays.stream(Channel.values()).filter(viewer::overseesChannel).toList();
        if (overseen.isEmpty()) {
            throw new AccessRefusedException("仅校工会、校妇联和系统管理员可以查看全渠道的统计与名单。");
        }
        if (asked == null) {
            return overseen;
        }
        if (!overseen.contains(asked)) {
            throw new AccessRefusedException("您无权查看" + asked.label() + "渠道的统计与名单。");
        }
        return List.of(asked);
    }
}
