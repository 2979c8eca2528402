package cn.edu.jsnu.yihuiyipin.process;

import static cn.edu.jsnu.yihuiyipin.process.ProcessVariable.date;
import static cn.edu.jsnu.yihuiyipin.process.ProcessVariable.flag;
import static cn.edu.jsnu.yihuiyipin.process.ProcessVariable.id;
import static cn.edu.jsnu.yihuiyipin.process.ProcessVariable.integer;
import static cn.edu.jsnu.yihuiyipin.process.ProcessVariable.money;
import static cn.edu.jsnu.yihuiyipin.process.ProcessVariable.names;
import static cn.edu.jsnu.yihuiyipin.process.ProcessVariable.score;
import static cn.edu.jsnu.yihuiyipin.process.ProcessVariable.text;

import java.math.BigDecimal;
import java.util.Date;
import java.util.List;

/**
 * {@code bpmn/brand-cultivation.bpmn} (过程培育与评估验收), one instance per approved project: its key,
 * the element ids code and tests need, and the variables of its own (shared ones are in
 * {@link SharedVariables}). Form field keys equal these names.
 */
public final class BrandCultivationProcess {

    public static final String KEY = "brand-cultivation";

    /** BPMN error of 撤销项目: it leaves the building period by {@code BoundaryEvent_ProjectWithdrawn}. */
    public static final String ERROR_PROJECT_WITHDRAWN = "PROJECT_WITHDRAWN";

    public static final class Elements {
        public static final String TASK_PREPARE = "Task_PrepareCultivation";
        public static final String SUBPROCESS_BUILDING = "SubProcess_Building";
        public static final String TIMER_ACCEPTANCE_DATE = "Timer_AcceptanceDate";
        public static final String END_BUILDING_PERIOD_OVER = "EndEvent_BuildingPeriodOver";
        public static final String START_PROGRESS_REPORT_DUE = "StartEvent_ProgressReportDue";
        public static final String TASK_OPEN_PROGRESS_PERIOD = "Task_OpenProgressPeriod";
        public static final String TASK_SUBMIT_PROGRESS_REPORT = "Task_SubmitProgressReport";
        /** On 提交阶段进展 at {@code progressReportOverdueAt}: the report is recorded as 逾期未报. */
        public static final String TIMER_PROGRESS_REPORT_OVERDUE = "Timer_ProgressReportOverdue";

        public static final String TASK_RECORD_PROGRESS_MISSED = "Task_RecordProgressMissed";
        public static final String TASK_GUIDE_PROJECT = "Task_GuideProject";
        /** Open the whole building period: 撤项 by the office, with a reason. */
        public static final String TASK_WITHDRAW_PROJECT = "Task_WithdrawProject";

        public static final String END_WITHDRAWAL_DECIDED = "EndEvent_WithdrawalDecided";
        public static final String BOUNDARY_PROJECT_WITHDRAWN = "BoundaryEvent_ProjectWithdrawn";
        public static final String TASK_RECORD_WITHDRAWAL = "Task_RecordWithdrawal";
        public static final String END_PROJECT_WITHDRAWN = "EndEvent_ProjectWithdrawn";

        public static final String TASK_COMPOSE_DIGEST = "Task_ComposeProgressDigest";
        public static final String TASK_SUBMIT_SUMMARY = "Task_SubmitSummary";
        public static final String TIMER_SUMMARY_DEADLINE = "Timer_SummaryDeadline";
        public static final String END_SUMMARY_OVERDUE = "EndEvent_SummaryOverdue";
        public static final String TASK_ASSIGN_EXPERTS = "Task_AssignAcceptanceExperts";
        public static final String TASK_ACCEPTANCE_REVIEW = "Task_AcceptanceReview";
        public static final String TIMER_ACCEPTANCE_REVIEW_DEADLINE = "Timer_AcceptanceReviewDeadline";
        public static final String TASK_SCORE_ACCEPTANCE = "Task_ScoreAcceptance";
        public static final String GATEWAY_ACCEPTANCE_PASSED = "Gateway_AcceptancePassed";
        public static final String END_PASSED = "EndEvent_Passed";
        public static final String END_FAILED = "EndEvent_Failed";

        private Elements() {}
    }

    public static final class Vars {
        public static final ProcessVariable<String> PROGRESS_REPORT_CYCLE = text("progressReportCycle");
        /** Approved funding, shown by the forms. */
        public static final ProcessVariable<BigDecimal> APPROVED_FUNDING = money("approvedFunding");

        public static final ProcessVariable<Integer> PROGRESS_PERIOD_COUNT = integer("progressPeriodCount");

        // local to one 阶段进展报告 event subprocess instance
        public static final ProcessVariable<Integer> PERIOD_NO = integer("periodNo");
        /** When the period's report is due, as Tasklist shows it: the next period's start, at the latest the acceptance date. */
        public static final ProcessVariable<Date> PROGRESS_REPORT_DUE_DATE = date("progressReportDueDate");
        /**
         * When an unsubmitted report becomes 逾期未报: the due date, unless the report is due at the
         * acceptance date, which closes it with the building period (then a date after that).
         */
        public static final ProcessVariable<Date> PROGRESS_REPORT_OVERDUE_AT = date("progressReportOverdueAt");

        public static final ProcessVariable<Long> PROGRESS_REPORT_ID = id("progressReportId");
        public static final ProcessVariable<String> ACTIVITIES = text("activities");
        public static final ProcessVariable<String> ACTIVITY_DATES = text("activityDates");
        public static final ProcessVariable<String> PARTICIPANTS = text("participants");
        public static final ProcessVariable<String> PHOTO_LINKS = text("photoLinks");
        public static final ProcessVariable<String> VIDEO_LINKS = text("videoLinks");
        public static final ProcessVariable<String> PUBLICITY_LINKS = text("publicityLinks");
        public static final ProcessVariable<BigDecimal> FUNDING_SPENT = money("fundingSpent");

        // local to a guidance task
        public static final ProcessVariable<String> ADVICE = text("advice");
        public static final ProcessVariable<String> RATING = text("rating");

        /** 附件2 is due this many review days before the acceptance deadline, so the experts always get them. */
        public static final ProcessVariable<Date> SUMMARY_DUE_DATE = date("summaryDueDate");

        // 撤销项目 (form project-withdrawal)
        public static final ProcessVariable<Boolean> WITHDRAWAL_CONFIRMED = flag("withdrawalConfirmed");
        public static final ProcessVariable<String> WITHDRAWAL_REASON = text("withdrawalReason");

        // 验收总结表（附件2）
        public static final ProcessVariable<String> PROGRESS_DIGEST = text("progressDigest");
        public static final ProcessVariable<String> IMPLEMENTATION = text("implementation");
        public static final ProcessVariable<String> RESULTS = text("results");
        public static final ProcessVariable<String> EXPERIENCE = text("experience");
        public static final ProcessVariable<String> PUBLICITY = text("publicity");
        public static final ProcessVariable<BigDecimal> FUNDING_USED = money("fundingUsed");
        public static final ProcessVariable<String> MATERIALS = text("materials");
        public static final ProcessVariable<String> SELF_ASSESSMENT = text("selfAssessment");

        public static final ProcessVariable<List<String>> ACCEPTANCE_EXPERTS = names("acceptanceExperts");
        /** When 验收评审 closes: reviews not submitted by then do not count. */
        public static final ProcessVariable<Date> ACCEPTANCE_REVIEW_DUE_DATE = date("acceptanceReviewDueDate");

        public static final ProcessVariable<String> EXPERT = text("expert");
        // local to one expert's 验收评审 task; the criterion scores are named by AcceptanceCriterion
        public static final ProcessVariable<String> ACCEPTANCE_OPINION = text("acceptanceOpinion");

        public static final ProcessVariable<Double> ACCEPTANCE_SCORE = score("acceptanceScore");
        public static final ProcessVariable<Boolean> ACCEPTANCE_PASSED = flag("acceptancePassed");

        private Vars() {}
    }

    private BrandCultivationProcess() {}
}
