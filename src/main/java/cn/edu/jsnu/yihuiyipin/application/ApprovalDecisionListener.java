package cn.edu.jsnu.yihuiyipin.application;

import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.*;
import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.Elements.*;
import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.Vars.*;
import static cn.edu.jsnu.yihuiyipin.process.SharedVariables.*;

import cn.edu.jsnu.yihuiyipin.funding.FundingRule;
import cn.edu.jsnu.yihuiyipin.project.BrandProject;
import cn.edu.jsnu.yihuiyipin.project.ProjectRecords;
import cn.edu.jsnu.yihuiyipin.system.FormValues;
import cn.edu.jsnu.yihuiyipin.system.InvalidTaskInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completes 立项审定 ({@code Task_DecideApproval}). Reads {@code decision} and {@code decisionOpinion};
 * an adjustment or a rejection needs the opinion, since the unit must read what to change or why. The
 * decision is stored with the project; the service tasks that follow change its status.
 */
@Component
class ApprovalDecisionListener implements TaskListener {

    private final ProjectRecords records;
    private final FundingRule fundingRule;

    ApprovalDecisionListener(ProjectRecords records, FundingRule fundingRule) {
        this.records = records;
        this.fundingRule = fundingRule;
    }

    @Override
    public void notify(DelegateTask task) {
        ApprovalDecision decision = ApprovalDecision.parse(DECISION.raw(task))
                .orElseThrow(() -> new InvalidTaskInputException("请选择审定结论：立项、调整后立项或不予立项"));
        String opinion = FormValues.text(task, DECISION_OPINION);
        if (decision == ApprovalDecision.APPROVE_AFTER_ADJUSTMENT && opinion == null) {
            throw new InvalidTaskInputException("调整后立项须在审定意见中写明方向、内容的调整要求");
        }
        if (decision == ApprovalDecision.REJECT && opinion == null) {
            throw new InvalidTaskInputException("不予立项须在审定意见中写明理由");
        }
        BrandProject project = records.project(PROJECT_ID.get(task));
        if (decision.approves() && !fundingRule.fundable(project.getReviewScore())) {
            throw new InvalidTaskInputException(
                    project.getReviewScore() == null
                            ? "未形成评审得分（评分专家不足法定人数），不能立项：请选择重新评审或不予立项"
                            : "评审得分 " + project.getReviewScore().toPlainString() + " 分，低于立项所需的 "
                                    + fundingRule.lowestFundedScore().toPlainString() + " 分，不能立项");
        }
        project.recordDecision(decision.name(), opinion);
    }
}
