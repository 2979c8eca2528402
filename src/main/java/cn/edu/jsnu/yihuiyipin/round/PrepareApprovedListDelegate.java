package cn.edu.jsnu.yihuiyipin.round;

import static cn.edu.jsnu.yihuiyipin.process.BrandRoundProcess.Vars.*;
import static cn.edu.jsnu.yihuiyipin.process.SharedVariables.*;

import cn.edu.jsnu.yihuiyipin.project.BrandRound;
import cn.edu.jsnu.yihuiyipin.project.BrandRoundRepository;
import cn.edu.jsnu.yihuiyipin.unit.Channel;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 整理本渠道立项名单 ({@code Task_PrepareApprovedList}), first step of each channel's 立项公示审定
 * ({@code SubProcess_ConfirmApprovedList}, one instance per channel with approved projects). Reads
 * {@code roundId} and the instance's {@code channel}; sets, local to the instance, {@code officeGroup}
 * (the task's candidate group: this channel's office only), the channel's list and an empty form.
 */
@Component
class PrepareApprovedListDelegate implements JavaDelegate {

    private final BrandRoundRepository rounds;
    private final ApprovedList approvedList;

    PrepareApprovedListDelegate(BrandRoundRepository rounds, ApprovedList approvedList) {
        this.rounds = rounds;
        this.approvedList = approvedList;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Channel channel = Channel.valueOf(CHANNEL.get(execution));
        BrandRound round = rounds.findById(ROUND_ID.get(execution)).orElseThrow();
        OFFICE_GROUP.setLocal(execution, channel.officeGroup());
        approvedList.show(execution, round, channel);
    }
}
