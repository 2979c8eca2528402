package cn.edu.jsnu.yihuiyipin.round;

import static cn.edu.jsnu.yihuiyipin.process.BrandRoundProcess.Vars.CHANNEL;
import static cn.edu.jsnu.yihuiyipin.process.SharedVariables.OFFICE_GROUP;

import cn.edu.jsnu.yihuiyipin.system.InvalidTaskInputException;
import cn.edu.jsnu.yihuiyipin.unit.Channel;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLinkType;

/**
 * The round's per-channel office tasks (立项公示审定, 表彰审定及推荐): whose list a task is. The channel is
 * read from the task's candidate group, which the engine set when the task opened, and not from the
 * variables: whoever completes a task may send any variables with it, so a 校工会 clerk could otherwise
 * send {@code channel=WOMEN} and change the other office's list.
 */
public final class OfficeTasks {

    private OfficeTasks() {}

    /**
     * The channel whose office is the task's candidate group. Refuses a task with no single office as
     * candidate, and a completion that changes {@code channel} or {@code officeGroup}, which route the
     * task's next round to an office.
     */
    public static Channel channelOf(DelegateTask task) {
        List<Channel> offices = task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .flatMap(link -> Arrays.stream(Channel.values())
                        .filter(channel -> channel.officeGroup().equals(link.getGroupId())))
                .distinct()
                .toList();
        if (offices.size() != 1) {
            throw new InvalidTaskInputException("本任务应由校工会或校妇联其中一个办公室审定，当前候选组不符，请联系系统管理员。");
        }
        Channel channel = offices.get(0);
        if (!Objects.equals(CHANNEL.find(task).orElse(null), channel.name())
                || !Objects.equals(OFFICE_GROUP.find(task).orElse(null), channel.officeGroup())) {
            throw new InvalidTaskInputException("不能修改流程数据“channel”或“officeGroup”：提交任务时只能填写本表单中的内容");
        }
        return channel;
    }
}
