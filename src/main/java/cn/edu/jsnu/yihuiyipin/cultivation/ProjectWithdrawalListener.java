package cn.edu.jsnu.yihuiyipin.cultivation;

import cn.edu.jsnu.yihuiyipin.process.BrandCultivationProcess.Vars;
import cn.edu.jsnu.yihuiyipin.system.FormValues;
import cn.edu.jsnu.yihuiyipin.system.InvalidTaskInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Complete listener of 撤销项目 ({@code Task_WithdrawProject}, form {@code project-withdrawal}): the
 * task stands open during the whole building period, and completing it ends the project, so it takes
 * an explicit confirmation and a reason. Reads {@code withdrawalConfirmed, withdrawalReason}.
 */
@Component
class ProjectWithdrawalListener implements TaskListener {

    static final int MAX_REASON = 2000;

    @Override
    public void notify(DelegateTask task) {
        if (!FormValues.flag(Vars.WITHDRAWAL_CONFIRMED.raw(task))) {
            throw new InvalidTaskInputException("请勾选“确认撤销该项目”后再提交；不撤项则无需处理本任务。");
        }
        String reason = FormValues.requiredText(task, Vars.WITHDRAWAL_REASON, "撤项理由");
        if (reason.length() > MAX_REASON) {
            throw new InvalidTaskInputException("“撤项理由”不能超过 " + MAX_REASON + " 字。");
        }
    }
}
