package cn.edu.jsnu.yihuiyipin.cultivation;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * {@code bpmn/brand-cultivation.bpmn} (过程培育与评估验收), one instance per approved project: its key,
 * the element ids code and tests need, and its variable names. Form field keys equal these names.
 */
public final class BrandCultivationProcess {

    public static final String PROCESS_KEY = "brand-cultivation";

    public static final class Elements {
        public static final String TASK_PREPARE = "Task_PrepareCultivation";
        public static final String SUBPROCESS_BUILDING = "SubProcess_Building";
        public static final String TIMER_ACCEPTANCE_DATE = "Timer_AcceptanceDate";
        public static final String END_BUILDING_PERIOD_OVER = "EndEvent_BuildingPeriodOver";
        public static final String START_PROGRESS_REPORT_DUE = "StartEvent_ProgressReportDue";
        public static final String TASK_OPEN_PROGRESS_PERIOD = "Task_OpenProgressPeriod";
        public static final String TASK_SUBMIT_PROGRESS_REPORT = "Task_SubmitProgressReport";
        public static final String TASK_GUIDE_PROJECT = "Task_GuideProject";
        /** Open the whole building period, once recorded it opens again: 校工会（妇联）适时过程指导. */
        public static final String TASK_RECORD_GUIDANCE = "Task_RecordGuidance";
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

        private Elements() {
        }
    }

    public static final class Vars {
        /** Input: id of the {@code BrandProject}. */
        public static final String PROJECT_ID = "projectId";
        public static final String ROUND_ID = "roundId";
        public static final String UNIT_GROUP = "unitGroup";
        public static final String OFFICE_GROUP = "officeGroup";
        public static final String EXPERT_GROUP = "expertGroup";
        public static final String UNIT_NAME = "unitName";
        public static final String PROJECT_NAME = "projectName";
        public static final String ROUND_YEAR = "roundYear";
        public static final String ACCEPTANCE_START = "acceptanceStart";
        public static final String ACCEPTANCE_DEADLINE = "acceptanceDeadline";
        public static final String PROGRESS_REPORT_CYCLE = "progressReportCycle";
        /** Approved funding in yuan as text ("12000.00"): money never travels as a double. */
        public static final String APPROVED_FUNDING = "approvedFunding";
        public static final String PROGRESS_PERIOD_COUNT = "progressPeriodCount";

        // local to one 阶段进展报告 event subprocess instance
        public static final String PERIOD_NO = "periodNo";
        public static final String PROGRESS_REPORT_ID = "progressReportId";
        public static final String ACTIVITIES = "activities";
        public static final String ACTIVITY_DATES = "activityDates";
        public static final String PARTICIPANTS = "participants";
        public static final String PHOTO_LINKS = "photoLinks";
        public static final String VIDEO_LINKS = "videoLinks";
        public static final String PUBLICITY_LINKS = "publicityLinks";
        public static final String FUNDING_SPENT = "fundingSpent";

        // local to a guidance task
        public static final String ADVICE = "advice";
        public static final String RATING = "rating";

        // 验收总结表（附件2）
        public static final String PROGRESS_DIGEST = "progressDigest";
        public static final String IMPLEMENTATION = "implementation";
        public static final String RESULTS = "results";
        public static final String EXPERIENCE = "experience";
        public static final String PUBLICITY = "publicity";
        public static final String FUNDING_USED = "fundingUsed";
        public static final String MATERIALS = "materials";
        public static final String SELF_ASSESSMENT = "selfAssessment";

        public static final String ACCEPTANCE_EXPERTS = "acceptanceExperts";
        /** When 验收评审 closes: reviews not submitted by then do not count. */
        public static final String ACCEPTANCE_REVIEW_DUE_DATE = "acceptanceReviewDueDate";
        public static final String EXPERT = "expert";
        // local to one expert's 验收评审 task; the criterion scores are named by AcceptanceCriterion
        public static final String ACCEPTANCE_OPINION = "acceptanceOpinion";

        public static final String ACCEPTANCE_SCORE = "acceptanceScore";
        public static final String ACCEPTANCE_PASSED = "acceptancePassed";

        private Vars() {
        }
    }

    private BrandCultivationProcess() {
    }

    /** The project id, whether the caller passed it as Long or (through REST or a form) as Integer. */
    public static long projectId(VariableScope scope) {
        Object value = scope.getVariable(Vars.PROJECT_ID);
        if (value instanceof Number number) {
            return number.longValue();
        }
        throw new IllegalStateException("流程变量 projectId 缺失或不是数字：" + value);
    }
}
