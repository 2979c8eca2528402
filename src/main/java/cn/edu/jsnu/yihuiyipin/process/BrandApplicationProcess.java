package cn.edu.jsnu.yihuiyipin.process;

import static cn.edu.jsnu.yihuiyipin.process.ProcessVariable.date;
import static cn.edu.jsnu.yihuiyipin.process.ProcessVariable.flag;
import static cn.edu.jsnu.yihuiyipin.process.ProcessVariable.money;
import static cn.edu.jsnu.yihuiyipin.process.ProcessVariable.names;
import static cn.edu.jsnu.yihuiyipin.process.ProcessVariable.score;
import static cn.edu.jsnu.yihuiyipin.process.ProcessVariable.text;

import java.math.BigDecimal;
import java.util.Date;
import java.util.List;

/**
 * {@code bpmn/brand-application.bpmn} 项目申报与评审立项, one instance per unit and year: its key, the
 * element ids code and tests refer to, and the variables of its own (shared ones are in
 * {@link SharedVariables}). Form field keys in {@code forms/} are these variable names.
 */
public final class BrandApplicationProcess {

    public static final String KEY = "brand-application";

    // the choices of the office's forms, as the gateways compare them
    public static final String FORMAL_CHECK_PASS = "PASS";
    public static final String FORMAL_CHECK_RETURN = "RETURN";
    public static final String ADJUSTMENT_CONFIRM = "CONFIRM";
    public static final String ADJUSTMENT_READJUST = "READJUST";

    public static final class Elements {
        public static final String TASK_PREPARE_APPLICATION = "Task_PrepareApplication";
        public static final String TASK_FILL_APPLICATION = "Task_FillApplication";
        public static final String TIMER_APPLICATION_DEADLINE = "Timer_ApplicationDeadline";
        public static final String TASK_SAVE_APPLICATION = "Task_SaveApplication";
        public static final String TASK_FORMAL_CHECK_UNION = "Task_FormalCheckUnion";
        public static final String TASK_FORMAL_CHECK_WOMEN = "Task_FormalCheckWomen";
        public static final String TASK_WITHDRAW_APPLICATION = "Task_WithdrawApplication";
        public static final String TASK_RECORD_WITHDRAWAL = "Task_RecordWithdrawal";
        public static final String END_WITHDRAWN = "EndEvent_Withdrawn";
        public static final String TASK_RECORD_FORMAL_CHECK = "Task_RecordFormalCheck";
        public static final String TASK_RETURN_FOR_REVISION = "Task_ReturnForRevision";
        public static final String TIMER_REVIEW_PERIOD_OPENS = "Timer_ReviewPeriodOpens";
        public static final String TASK_ASSIGN_REVIEWERS = "Task_AssignReviewers";
        public static final String TASK_EXPERT_REVIEW = "Task_ExpertReview";
        public static final String TIMER_REVIEW_DEADLINE = "Timer_ReviewDeadline";
        public static final String TASK_SCORE_REVIEW = "Task_ScoreReview";
        public static final String TASK_DECIDE_APPROVAL = "Task_DecideApproval";
        public static final String TASK_ADJUST_PLAN = "Task_AdjustPlan";
        public static final String TASK_SAVE_ADJUSTMENT = "Task_SaveAdjustment";
        public static final String TASK_CONFIRM_ADJUSTMENT = "Task_ConfirmAdjustment";
        public static final String TIMER_ADJUSTMENT_DEADLINE = "Timer_AdjustmentDeadline";
        public static final String END_ADJUSTMENT_OVERDUE = "EndEvent_AdjustmentOverdue";
        public static final String END_APPROVED = "EndEvent_Approved";
        public static final String END_REJECTED = "EndEvent_Rejected";
        public static final String END_NOT_APPLYING = "EndEvent_NotApplying";
        public static final String END_OVERDUE = "EndEvent_Overdue";

        private Elements() {}
    }

    public static final class Vars {
        // set by PrepareApplicationDelegate
        public static final ProcessVariable<String> CHANNEL = text("channel");
        public static final ProcessVariable<String> CHANNEL_LABEL = text("channelLabel");
        public static final ProcessVariable<String> PREVIOUS_BRAND = text("previousBrand");

        // 附件1, the fields of forms/application.form (the project name is shared)
        public static final ProcessVariable<Boolean> NOT_APPLYING = flag("notApplying");
        public static final ProcessVariable<String> CATEGORY = text("category");
        public static final ProcessVariable<String> LEADER = text("leader");
        public static final ProcessVariable<String> PHONE = text("phone");
        public static final ProcessVariable<String> FOUNDATION = text("foundation");
        public static final ProcessVariable<String> GOALS = text("goals");
        public static final ProcessVariable<String> PLAN = text("plan");
        public static final ProcessVariable<String> EXPECTED_RESULTS = text("expectedResults");
        public static final ProcessVariable<BigDecimal> REQUESTED_BUDGET = money("requestedBudget");
        public static final ProcessVariable<Boolean> CONTINUES_BRAND = flag("continuesBrand");

        // 撤回申报, before the formal check is completed
        public static final ProcessVariable<Boolean> WITHDRAWAL_CONFIRMED = flag("withdrawalConfirmed");
        public static final ProcessVariable<String> WITHDRAWAL_REASON = text("withdrawalReason");

        // 形式审查
        public static final ProcessVariable<String> FORMAL_CHECK_RESULT = text("formalCheckResult");
        public static final ProcessVariable<String> FORMAL_CHECK_COMMENT = text("formalCheckComment");

        // 专家评审
        public static final ProcessVariable<List<String>> REVIEWERS = names("reviewers");
        public static final ProcessVariable<String> REVIEWER = text("reviewer");
        public static final ProcessVariable<Date> REVIEW_DUE_DATE = date("reviewDueDate");
        public static final ProcessVariable<String> REVIEW_OPINION = text("reviewOpinion");
        public static final ProcessVariable<Double> REVIEW_SCORE = score("reviewScore");
        public static final ProcessVariable<String> REVIEW_SUMMARY = text("reviewSummary");

        // 立项审定 and 方案调整
        public static final ProcessVariable<String> DECISION = text("decision");
        public static final ProcessVariable<String> DECISION_OPINION = text("decisionOpinion");
        public static final ProcessVariable<String> ADJUSTMENT_RESULT = text("adjustmentResult");
        public static final ProcessVariable<String> ADJUSTMENT_COMMENT = text("adjustmentComment");
        /** Set when 调整后立项 is decided: the unit has {@code yihui.application.revision-days} to adjust. */
        public static final ProcessVariable<Date> ADJUSTMENT_DUE_DATE = date("adjustmentDueDate");

        private Vars() {}
    }

    private BrandApplicationProcess() {}
}
