package cn.edu.jsnu.yihuiyipin.round;

/** {@code bpmn/brand-round.bpmn} 年度“一会一品”品牌创建: key, element ids, variable names. */
public final class BrandRoundProcess {

    public static final String KEY = "brand-round";

    public static final String START_MANUAL = "StartEvent_Manual";

    /** {@code bpmn/brand-round-yearly.bpmn}: the 1 March timer, kept apart because Camunda 7 allows no
     * timer start event beside the none start event that carries the start form. */
    public static final String YEARLY_KEY = "brand-round-yearly";
    public static final String START_YEARLY = "StartEvent_Yearly";
    public static final String TASK_OPEN_ROUND = "Task_OpenRound";
    public static final String CALL_APPLICATIONS = "CallActivity_Applications";
    public static final String TASK_ALLOCATE_FUNDING = "Task_AllocateFunding";
    public static final String TASK_CONFIRM_APPROVED_LIST = "Task_ConfirmApprovedList";
    public static final String TASK_PUBLISH_APPROVED_LIST = "Task_PublishApprovedList";
    // steps 3–5: one brand-cultivation instance per published project, then the awards
    public static final String TASK_START_CULTIVATION = "Task_StartCultivation";
    public static final String CALL_CULTIVATION = "CallActivity_Cultivation";
    public static final String TIMER_ACCEPTANCE_STARTS = "Timer_AcceptanceStarts";
    public static final String TASK_START_ACCEPTANCE = "Task_StartAcceptance";
    public static final String TASK_RANK_AWARDS = "Task_RankAwards";
    public static final String TASK_CONFIRM_AWARDS = "Task_ConfirmAwards";
    public static final String TASK_PUBLISH_AWARDS = "Task_PublishAwards";
    public static final String END_ROUND_CLOSED = "EndEvent_RoundClosed";

    // the start form (forms/round-start.form); dates optional, as yyyy-MM-dd
    public static final String ROUND_YEAR = "roundYear";
    public static final String FUNDING_POOL = "fundingPool";
    public static final String APPLICATION_DEADLINE = "applicationDeadline";
    public static final String REVIEW_START = "reviewStart";
    public static final String REVIEW_DEADLINE = "reviewDeadline";
    public static final String ACCEPTANCE_START = "acceptanceStart";
    public static final String ACCEPTANCE_DEADLINE = "acceptanceDeadline";

    // set by OpenRoundDelegate
    public static final String ROUND_ID = "roundId";
    public static final String UNIT_CODES = "unitCodes";
    public static final String UNIT_CODE = "unitCode";

    // 立项公示审定
    public static final String ALLOCATED_FUNDING = "allocatedFunding";
    public static final String APPROVED_LIST_SUMMARY = "approvedListSummary";
    public static final String APPROVED_LIST_CONFIRMED = "approvedListConfirmed";
    public static final String APPROVED_LIST_REMARK = "approvedListRemark";

    private BrandRoundProcess() {
    }
}
