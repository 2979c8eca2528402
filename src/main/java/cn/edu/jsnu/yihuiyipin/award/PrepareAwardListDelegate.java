package cn.edu.jsnu.yihuiyipin.award;

import static cn.edu.jsnu.yihuiyipin.process.BrandRoundProcess.Vars.*;
import static cn.edu.jsnu.yihuiyipin.process.SharedVariables.*;

import cn.edu.jsnu.yihuiyipin.process.ProcessVariable;
import cn.edu.jsnu.yihuiyipin.unit.Channel;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 整理本渠道表彰名单 ({@code Task_PrepareAwardList}), first step of each channel's 表彰审定及推荐
 * ({@code SubProcess_ConfirmAwards}, one instance per channel with passed projects). Reads
 * {@code roundId} and the instance's {@code channel}; sets, local to the instance, {@code officeGroup}
 * (the task's candidate group: this channel's office only), {@code channelLabel}, the channel's
 * {@code awardRanking} and {@code awardProjectOptions}, and an empty adjustment.
 */
@Component
class PrepareAwardListDelegate implements JavaDelegate {

    /** The form's fields, local to the channel's instance so the two offices never share them. */
    static final List<ProcessVariable<?>> FORM_FIELDS =
            List.of(OVERRIDE_PROJECT_ID, OVERRIDE_TIER, OVERRIDE_RECOMMENDED, OVERRIDE_REASON, AWARDS_ADJUSTED);

    private final AwardRanking ranking;

    PrepareAwardListDelegate(AwardRanking ranking) {
        this.ranking = ranking;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Channel channel = Channel.valueOf(CHANNEL.get(execution));
        OFFICE_GROUP.setLocal(execution, channel.officeGroup());
        CHANNEL_LABEL.setLocal(execution, channel.label());
        ranking.showChannel(execution, ROUND_ID.get(execution), channel);
        FORM_FIELDS.forEach(field -> field.clearLocal(execution));
    }
}
