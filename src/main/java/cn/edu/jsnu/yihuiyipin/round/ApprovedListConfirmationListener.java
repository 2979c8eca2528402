package cn.edu.jsnu.yihuiyipin.round;

import static cn.edu.jsnu.yihuiyipin.process.BrandRoundProcess.*;
import static cn.edu.jsnu.yihuiyipin.process.BrandRoundProcess.Vars.*;
import static cn.edu.jsnu.yihuiyipin.process.SharedVariables.*;

import cn.edu.jsnu.yihuiyipin.project.BrandProject;
import cn.edu.jsnu.yihuiyipin.system.FormValues;
import cn.edu.jsnu.yihuiyipin.system.InvalidTaskInputException;
import cn.edu.jsnu.yihuiyipin.unit.Channel;
import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Complete listener of 立项公示审定 ({@code Task_ConfirmApprovedList}, form
 * {@code approved-list-confirmation}), one task per channel. Either the office confirms its channel's
 * list (the checkbox, nothing else), or it asks for one change with a reason: a project's approved
 * funding within [0, requested] and the round's pool, or 不予立项. The change is checked here, while the
 * form is open, and applied by 调整立项名单 ({@code Task_AdjustApprovedList}), which brings the task
 * back with the refreshed list. Only the office's own channel's projects can be changed. Reads
 * {@code roundId, listChangeProjectId, listChangeAction, listChangeAmount, listChangeReason,
 * approvedListConfirmed}; sets {@code approvedListAdjusted}.
 */
@Component
class ApprovedListConfirmationListener implements TaskListener {

    private final ApprovedList approvedList;

    ApprovedListConfirmationListener(ApprovedList approvedList) {
        this.approvedList = approvedList;
    }

    @Override
    public void notify(DelegateTask task) {
        Channel channel = OfficeTasks.channelOf(task);
        String projectValue = FormValues.text(task, LIST_CHANGE_PROJECT_ID);
        String action = FormValues.text(task, LIST_CHANGE_ACTION);
        boolean confirmed = FormValues.flag(APPROVED_LIST_CONFIRMED.raw(task));
        if (projectValue == null) {
            if (action != null || FormValues.text(task, LIST_CHANGE_AMOUNT) != null) {
                throw new InvalidTaskInputException("请选择要调整的项目。");
            }
            if (!confirmed) {
                throw new InvalidTaskInputException("请勾选“已审核，同意公布本渠道立项名单及建设经费”后再提交；如需调整，请选择项目和调整方式。");
            }
            APPROVED_LIST_ADJUSTED.set(task.getExecution(), false);
            return;
        }
        if (confirmed) {
            throw new InvalidTaskInputException("调整名单时请不要勾选“同意公布”：调整保存后本任务会带着刷新后的名单再次出现，确认无误后再勾选提交。");
        }
        if (action == null) {
            throw new InvalidTaskInputException("已选择项目，请选择调整方式（调整核定经费或不予立项）。");
        }
        FormValues.requiredText(task, LIST_CHANGE_REASON, "调整理由");
        BrandProject project = approvedList.projectOnList(projectValue, ROUND_ID.get(task), channel);
        switch (action) {
            case LIST_CHANGE_FUNDING -> {
                BigDecimal amount = FormValues.money(task, LIST_CHANGE_AMOUNT, "调整后的核定经费");
                if (amount == null) {
                    throw new InvalidTaskInputException("请填写“调整后的核定经费”。");
                }
                approvedList.checkFunding(project, amount);
            }
            case LIST_CHANGE_WITHDRAW -> {
                // nothing more to check: the project leaves the list and its funding returns to the pool
            }
            default -> throw new InvalidTaskInputException("未知的调整方式：" + action);
        }
        APPROVED_LIST_ADJUSTED.set(task.getExecution(), true);
    }
}
