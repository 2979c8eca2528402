package cn.edu.jsnu.yihuiyipin.application;

import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.Vars.*;

import cn.edu.jsnu.yihuiyipin.system.FormValues;
import cn.edu.jsnu.yihuiyipin.system.InvalidTaskInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completes 撤回申报 ({@code Task_WithdrawApplication}): only an explicit confirmation with a reason
 * withdraws, since the year's application then ends for good. Reads {@code withdrawalConfirmed},
 * {@code withdrawalReason}; 记录撤回申报 ({@code RecordWithdrawalDelegate}) records them.
 */
@Component
class WithdrawalListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        if (!FormValues.flag(WITHDRAWAL_CONFIRMED.raw(task))) {
            throw new InvalidTaskInputException("请勾选“确认撤回本单位本年度的申报”后再提交；不撤回则无需处理此任务");
        }
        FormValues.requiredText(task, WITHDRAWAL_REASON, "撤回原因");
    }
}
