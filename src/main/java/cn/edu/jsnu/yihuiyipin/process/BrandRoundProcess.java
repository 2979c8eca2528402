package cn.edu.jsnu.yihuiyipin.process;

import static cn.edu.jsnu.yihuiyipin.process.ProcessVariable.flag;
import static cn.edu.jsnu.yihuiyipin.process.ProcessVariable.json;
import static cn.edu.jsnu.yihuiyipin.process.ProcessVariable.money;
import static cn.edu.jsnu.yihuiyipin.process.ProcessVariable.names;
import static cn.edu.jsnu.yihuiyipin.process.ProcessVariable.text;

import java.math.BigDecimal;
import java.util.List;

/**
 * {@code bpmn/brand-round.bpmn} 年度“一会一品”品牌创建 and {@code bpmn/brand-round-yearly.bpmn}: keys,
 * the element ids code and tests refer to, and the variables of its own (shared ones are in
 * {@link SharedVariables}). Form field keys in {@code forms/} are these variable names.
 */
public final class BrandRoundProcess {

    public static final String KEY = "brand-round";
    /** The 1 March timer, kept apart because Camunda 7 allows no timer start event beside the none
     * start event that carries the start form. */
    public static final String YEARLY_KEY = "brand-round-yearly";

    // the choices of 立项公示审定's form (listChangeAction)
    public static final String LIST_CHANGE_FUNDING = "FUNDING";
    public static final String LIST_CHANGE_WITHDRAW = "WITHDRAW";

    public static final class Elements {
        public static final String START_MANUAL = "StartEvent_Manual";
        public static final String START_YEARLY = "StartEvent_Yearly";
        public static final String TASK_OPEN_ROUND = "Task_OpenRound";
        public static final String CALL_APPLICATIONS = "CallActivity_Applications";
        /** Non-interrupting, at {@code reviewStart}: the round shows 评审立项 while the experts review. */
        public static final String TIMER_REVIEW_STARTS = "Timer_ReviewStarts";

        public static final String TASK_START_REVIEW = "Task_StartReview";
        public static final String END_REVIEW_STARTED = "EndEvent_ReviewStarted";
        public static final String TASK_ALLOCATE_FUNDING = "Task_AllocateFunding";
        // 立项公示审定: one instance per channel with approved projects, each office its own list
        public static final String SUBPROCESS_CONFIRM_APPROVED_LIST = "SubProcess_ConfirmApprovedList";
        public static final String TASK_PREPARE_APPROVED_LIST = "Task_PrepareApprovedList";
        public static final String TASK_CONFIRM_APPROVED_LIST = "Task_ConfirmApprovedList";
        public static final String TASK_ADJUST_APPROVED_LIST = "Task_AdjustApprovedList";
        public static final String END_APPROVED_LIST_CONFIRMED = "EndEvent_ApprovedListConfirmed";
        public static final String TASK_PUBLISH_APPROVED_LIST = "Task_PublishApprovedList";
        // steps 3–5: one brand-cultivation instance per published project, then the awards
        public static final String TASK_START_CULTIVATION = "Task_StartCultivation";
        public static final String CALL_CULTIVATION = "CallActivity_Cultivation";
        public static final String TIMER_ACCEPTANCE_STARTS = "Timer_AcceptanceStarts";
        public static final String TASK_START_ACCEPTANCE = "Task_StartAcceptance";
        public static final String TASK_RANK_AWARDS = "Task_RankAwards";
        // 表彰审定及推荐: one instance per channel with passed projects, each office its own ranking
        public static final String SUBPROCESS_CONFIRM_AWARDS = "SubProcess_ConfirmAwards";
        public static final String TASK_PREPARE_AWARD_LIST = "Task_PrepareAwardList";
        public static final String TASK_CONFIRM_AWARDS = "Task_ConfirmAwards";
        public static final String END_AWARD_LIST_CONFIRMED = "EndEvent_AwardListConfirmed";
        public static final String TASK_PUBLISH_AWARDS = "Task_PublishAwards";
        public static final String END_ROUND_CLOSED = "EndEvent_RoundClosed";

        private Elements() {}
    }

    public static final class Vars {
        /** The start form's pool (a number); OpenRoundDelegate writes it back as plain yuan text. */
        public static final ProcessVariable<String> FUNDING_POOL = text("fundingPool");
        /** Set by OpenRoundDelegate: the units the applications call activity iterates. */
        public static final ProcessVariable<List<String>> UNIT_CODES = names("unitCodes");

        /**
         * The element variable of the per-channel sub-processes ({@code UNION}, {@code WOMEN}): the same
         * variable brand-application carries for a unit's channel.
         */
        public static final ProcessVariable<String> CHANNEL = BrandApplicationProcess.Vars.CHANNEL;

        public static final ProcessVariable<String> CHANNEL_LABEL = BrandApplicationProcess.Vars.CHANNEL_LABEL;

        // 立项公示审定 (form approved-list-confirmation); 核定建设经费 writes the whole round's list, each
        // channel's instance its own list as local variables
        public static final ProcessVariable<String> ALLOCATED_FUNDING = text("allocatedFunding");
        public static final ProcessVariable<String> APPROVED_LIST_SUMMARY = text("approvedListSummary");
        /** What the channel's approved projects hold now, in yuan. */
        public static final ProcessVariable<String> CHANNEL_FUNDING = text("channelFunding");
        /** JSON list of {label, value} for the project select. */
        public static final ProcessVariable<Object> APPROVED_LIST_OPTIONS = json("approvedListOptions");

        public static final ProcessVariable<Boolean> APPROVED_LIST_CONFIRMED = flag("approvedListConfirmed");
        public static final ProcessVariable<String> APPROVED_LIST_REMARK = text("approvedListRemark");
        public static final ProcessVariable<String> LIST_CHANGE_PROJECT_ID = text("listChangeProjectId");
        /** {@link BrandRoundProcess#LIST_CHANGE_FUNDING} or {@link BrandRoundProcess#LIST_CHANGE_WITHDRAW}. */
        public static final ProcessVariable<String> LIST_CHANGE_ACTION = text("listChangeAction");

        public static final ProcessVariable<BigDecimal> LIST_CHANGE_AMOUNT = money("listChangeAmount");
        public static final ProcessVariable<String> LIST_CHANGE_REASON = text("listChangeReason");
        /** True when this completion changed the list, so the office reviews it again. */
        public static final ProcessVariable<Boolean> APPROVED_LIST_ADJUSTED = flag("approvedListAdjusted");

        // 评选表彰 → 表彰审定及推荐 (form award-confirmation) → 发布表彰结果
        /** Markdown table of the ranking. */
        public static final ProcessVariable<String> AWARD_RANKING = text("awardRanking");
        /** JSON list of {label, value} for the project select. */
        public static final ProcessVariable<Object> AWARD_PROJECT_OPTIONS = json("awardProjectOptions");

        public static final ProcessVariable<String> OVERRIDE_PROJECT_ID = text("overrideProjectId");
        public static final ProcessVariable<String> OVERRIDE_TIER = text("overrideTier");
        /** "YES", "NO", or empty to keep the recommendation. */
        public static final ProcessVariable<String> OVERRIDE_RECOMMENDED = text("overrideRecommended");

        public static final ProcessVariable<String> OVERRIDE_REASON = text("overrideReason");
        /** True when this completion changed a project, so the office reviews again. */
        public static final ProcessVariable<Boolean> AWARDS_ADJUSTED = flag("awardsAdjusted");

        private Vars() {}
    }

    private BrandRoundProcess() {}
}
