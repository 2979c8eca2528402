package cn.edu.jsnu.yihuiyipin.process;

import static cn.edu.jsnu.yihuiyipin.process.ProcessVariable.flag;
import static cn.edu.jsnu.yihuiyipin.process.ProcessVariable.json;
import static cn.edu.jsnu.yihuiyipin.process.ProcessVariable.names;
import static cn.edu.jsnu.yihuiyipin.process.ProcessVariable.text;

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

    public static final class Elements {
        public static final String START_MANUAL = "StartEvent_Manual";
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

        private Elements() {}
    }

    public static final class Vars {
        /** The start form's pool (a number); OpenRoundDelegate writes it back as plain yuan text. */
        public static final ProcessVariable<String> FUNDING_POOL = text("fundingPool");
        /** Set by OpenRoundDelegate: the units the applications call activity iterates. */
        public static final ProcessVariable<List<String>> UNIT_CODES = names("unitCodes");

        // 立项公示审定
        public static final ProcessVariable<String> ALLOCATED_FUNDING = text("allocatedFunding");
        public static final ProcessVariable<String> APPROVED_LIST_SUMMARY = text("approvedListSummary");
        public static final ProcessVariable<Boolean> APPROVED_LIST_CONFIRMED = flag("approvedListConfirmed");
        public static final ProcessVariable<String> APPROVED_LIST_REMARK = text("approvedListRemark");

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
