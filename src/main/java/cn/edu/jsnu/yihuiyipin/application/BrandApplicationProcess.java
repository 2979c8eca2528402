package cn.edu.jsnu.yihuiyipin.application;

/**
 * {@code bpmn/brand-application.bpmn} 项目申报与评审立项: its key, the element ids code refers to, and
 * its variable names. Form field keys in {@code forms/} are these variable names.
 */
public final class BrandApplicationProcess {

    public static final String KEY = "brand-application";

    public static final String TASK_PREPARE_APPLICATION = "Task_PrepareApplication";
    public static final String TASK_FILL_APPLICATION = "Task_FillApplication";
    public static final String TIMER_APPLICATION_DEADLINE = "Timer_ApplicationDeadline";
    public static final String TASK_SAVE_APPLICATION = "Task_SaveApplication";
    public static final String TASK_FORMAL_CHECK_UNION = "Task_FormalCheckUnion";
    public static final String TASK_FORMAL_CHECK_WOMEN = "Task_FormalCheckWomen";
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

    /** BPMN error code of {@code SaveApplicationDelegate}; its message lands in {@link #VALIDATION_ERROR}. */
    public static final String ERROR_INVALID_APPLICATION = "INVALID_APPLICATION";

    // passed in by brand-round
    public static final String ROUND_ID = "roundId";
    public static final String UNIT_CODE = "unitCode";

    // set by PrepareApplicationDelegate
    public static final String ROUND_YEAR = "roundYear";
    public static final String UNIT_NAME = "unitName";
    public static final String UNIT_GROUP = "unitGroup";
    public static final String CHANNEL = "channel";
    public static final String CHANNEL_LABEL = "channelLabel";
    public static final String OFFICE_GROUP = "officeGroup";
    public static final String EXPERT_GROUP = "expertGroup";
    public static final String APPLICATION_DEADLINE = "applicationDeadline";
    public static final String REVIEW_START = "reviewStart";
    public static final String REVIEW_DEADLINE = "reviewDeadline";
    public static final String PREVIOUS_BRAND = "previousBrand";

    // 附件1, the fields of forms/application.form
    public static final String NOT_APPLYING = "notApplying";
    public static final String PROJECT_NAME = "projectName";
    public static final String CATEGORY = "category";
    public static final String LEADER = "leader";
    public static final String PHONE = "phone";
    public static final String FOUNDATION = "foundation";
    public static final String GOALS = "goals";
    public static final String PLAN = "plan";
    public static final String EXPECTED_RESULTS = "expectedResults";
    public static final String REQUESTED_BUDGET = "requestedBudget";
    public static final String CONTINUES_BRAND = "continuesBrand";
    public static final String VALIDATION_ERROR = "validationError";

    /** Set once the application is saved: the database row that is the record. */
    public static final String PROJECT_ID = "projectId";

    // 形式审查
    public static final String FORMAL_CHECK_RESULT = "formalCheckResult";
    public static final String FORMAL_CHECK_COMMENT = "formalCheckComment";

    // 专家评审
    public static final String REVIEWERS = "reviewers";
    public static final String REVIEWER = "reviewer";
    public static final String REVIEW_DUE_DATE = "reviewDueDate";
    public static final String REVIEW_OPINION = "reviewOpinion";
    public static final String REVIEW_SCORE = "reviewScore";
    public static final String REVIEW_SUMMARY = "reviewSummary";

    // 立项审定 and 方案调整
    public static final String DECISION = "decision";
    public static final String DECISION_OPINION = "decisionOpinion";
    public static final String ADJUSTMENT_RESULT = "adjustmentResult";
    public static final String ADJUSTMENT_COMMENT = "adjustmentComment";
    /** Set when 调整后立项 is decided: the unit has {@code yihui.application.revision-days} to adjust. */
    public static final String ADJUSTMENT_DUE_DATE = "adjustmentDueDate";

    public static final String FORMAL_CHECK_PASS = "PASS";
    public static final String FORMAL_CHECK_RETURN = "RETURN";
    public static final String ADJUSTMENT_CONFIRM = "CONFIRM";
    public static final String ADJUSTMENT_READJUST = "READJUST";

    private BrandApplicationProcess() {
    }

    public static String businessKey(int year, String unitCode) {
        return year + "/" + unitCode;
    }
}
