package cn.edu.jsnu.yihuiyipin.application;

import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.*;
import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.Elements.*;
import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.Vars.*;
import static cn.edu.jsnu.yihuiyipin.process.SharedVariables.*;
import static org.assertj.core.api.Assertions.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import cn.edu.jsnu.yihuiyipin.project.BrandProject;
import cn.edu.jsnu.yihuiyipin.project.BrandRound;
import cn.edu.jsnu.yihuiyipin.project.ProjectCategory;
import cn.edu.jsnu.yihuiyipin.project.ProjectRecords;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatus;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatusChange;
import cn.edu.jsnu.yihuiyipin.review.ExpertReview;
import cn.edu.jsnu.yihuiyipin.review.ReviewPhase;
import cn.edu.jsnu.yihuiyipin.support.ApplicationSteps;
import cn.edu.jsnu.yihuiyipin.support.NoticeTimers;
import cn.edu.jsnu.yihuiyipin.support.ProcessScenarioTest;
import cn.edu.jsnu.yihuiyipin.system.UserInputErrors;
import java.math.BigDecimal;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** One test per path through brand-application 项目申报与评审立项. */
class BrandApplicationProcessTest extends ProcessScenarioTest {

    private static final String UNION_UNIT = "wxy-gh";
    private static final String WOMEN_UNIT = "wgy-fw";

    @Autowired
    private ProjectRecords records;

    private BrandRound round;

    @BeforeEach
    void panels() {
        members("experts-union", "expert-u1", "expert-u2", "expert-u3");
        members("experts-women", "expert-w1", "expert-w2");
        members("union-office", "office-union");
        members("women-office", "office-women");
        // only a member of the unit's group may hold its tasks (TaskHolders)
        members("unit-" + UNION_UNIT, "unit-member");
        round = newRound(new BigDecimal("100000"));
    }

    private ProcessInstance start(String unitCode) {
        return ApplicationSteps.start(runtimeService, round, unitCode);
    }

    /** 附件1 as Tasklist sends it, with both checkboxes unticked. */
    static Map<String, Object> validApplication() {
        Map<String, Object> form = ApplicationSteps.application("教工读书会", "CULTURE", 12000);
        form.put(CONTINUES_BRAND.name(), false);
        form.put(NOT_APPLYING.name(), false);
        return form;
    }

    private void fillApplication(ProcessInstance pi) {
        assertThat(pi).isWaitingAt(TASK_FILL_APPLICATION);
        complete(task(TASK_FILL_APPLICATION, pi), validApplication());
    }

    private void passFormalCheck(ProcessInstance pi, String checkTask) {
        assertThat(pi).isWaitingAt(checkTask);
        complete(
                task(checkTask, pi),
                withVariables(FORMAL_CHECK_RESULT.name(), FORMAL_CHECK_PASS, FORMAL_CHECK_COMMENT.name(), "材料齐全"));
    }

    private void openReviewPeriod(ProcessInstance pi) {
        assertThat(pi).isWaitingAt(TIMER_REVIEW_PERIOD_OPENS);
        execute(job(TIMER_REVIEW_PERIOD_OPENS, pi));
        assertThat(pi).isWaitingAt(TASK_ASSIGN_REVIEWERS);
        execute(job(TASK_ASSIGN_REVIEWERS, pi));
    }

    private static Map<String, Object> scores(int each, String opinion) {
        return withVariables(
                "scorePolitical",
                each,
                "scoreInnovation",
                each,
                "scoreParticipation",
                each,
                "scoreSustainability",
                each,
                "scoreFeasibility",
                each,
                REVIEW_OPINION.name(),
                opinion);
    }

    private void reviewAll(ProcessInstance pi, int... eachCriterion) {
        List<Task> reviews = taskQuery()
                .processInstanceId(pi.getId())
                .taskDefinitionKey(TASK_EXPERT_REVIEW)
                .orderByTaskAssignee()
                .asc()
                .list();
        assertThat(reviews).hasSize(eachCriterion.length);
        for (int i = 0; i < reviews.size(); i++) {
            complete(reviews.get(i), scores(eachCriterion[i], "方案可行，建议加强宣传"));
        }
        assertThat(executeAsyncContinuations(pi.getId()))
                .as("async after each expert's review")
                .isEqualTo(reviews.size());
    }

    private void reachDecision(ProcessInstance pi) {
        fillApplication(pi);
        passFormalCheck(pi, TASK_FORMAL_CHECK_UNION);
        openReviewPeriod(pi);
        reviewAll(pi, 18, 16, 17);
        assertThat(pi).isWaitingAt(TASK_DECIDE_APPROVAL);
    }

    private void decide(ProcessInstance pi, ApprovalDecision decision, String opinion) {
        complete(
                task(TASK_DECIDE_APPROVAL, pi),
                withVariables(DECISION.name(), decision.name(), DECISION_OPINION.name(), opinion));
    }

    @Test
    void applicationPassesReviewAndIsApproved() {
        ProcessInstance pi = start(UNION_UNIT);
        assertThat(task(TASK_FILL_APPLICATION, pi)).hasCandidateGroup("unit-wxy-gh");
        fillApplication(pi);

        assertThat(task(TASK_FORMAL_CHECK_UNION, pi)).hasCandidateGroup("union-office");
        passFormalCheck(pi, TASK_FORMAL_CHECK_UNION);
        openReviewPeriod(pi);

        assertThat(pi).variables().containsEntry(REVIEWERS.name(), List.of("expert-u1", "expert-u2", "expert-u3"));
        reviewAll(pi, 18, 16, 17);
        assertThat(pi).isWaitingAt(TASK_DECIDE_APPROVAL).variables().containsEntry(REVIEW_SCORE.name(), 85.0);
        assertThat(task(TASK_DECIDE_APPROVAL, pi)).hasCandidateGroup("union-office");
        decide(pi, ApprovalDecision.APPROVE, "同意立项");

        assertThat(pi).isEnded().hasPassed(TASK_APPROVE_PROJECT_ID).hasPassed(END_APPROVED);
        BrandProject project = project(round.getId(), UNION_UNIT);
        assertThat(project.getStatus()).isEqualTo(ProjectStatus.APPROVED);
        assertThat(project.getName()).isEqualTo("教工读书会");
        assertThat(project.getCategory()).isEqualTo(ProjectCategory.CULTURE);
        assertThat(project.getRequestedBudget()).isEqualByComparingTo("12000");
        assertThat(project.getReviewScore()).isEqualByComparingTo("85.00");
        assertThat(project.getApprovedAt()).isNotNull();
        assertThat(expertReviews.findByProjectIdAndPhaseOrderById(project.getId(), ReviewPhase.APPROVAL))
                .extracting(ExpertReview::getExpertId, ExpertReview::getTotal)
                .containsExactlyInAnyOrder(
                        tuple("expert-u1", new BigDecimal("90.00")),
                        tuple("expert-u2", new BigDecimal("80.00")),
                        tuple("expert-u3", new BigDecimal("85.00")));
        assertThat(statusTrail(project.getId()))
                .containsExactly("SUBMITTED", "FORMALLY_CHECKED", "UNDER_REVIEW", "REVIEWED", "APPROVED");
    }

    private static final String TASK_APPROVE_PROJECT_ID = "Task_ApproveProject";

    /**
     * Every task's reminder (到期提醒) and every office task's escalation (逾期上报) fires beside its task
     * and leaves it open; the round goes on as if nothing had happened (what they send: NoticesRoundTest).
     */
    @Test
    void reminderAndEscalationTimersLeaveTheirTasksOpen() {
        NoticeTimers timers = new NoticeTimers(managementService, taskService);
        ProcessInstance women = start(WOMEN_UNIT);
        fillApplication(women);
        timers.remind(women, TASK_FORMAL_CHECK_WOMEN);
        timers.escalate(women, TASK_FORMAL_CHECK_WOMEN);
        passFormalCheck(women, TASK_FORMAL_CHECK_WOMEN);

        ProcessInstance pi = start(UNION_UNIT);
        timers.remind(pi, TASK_FILL_APPLICATION);
        fillApplication(pi);
        timers.remind(pi, TASK_FORMAL_CHECK_UNION);
        timers.escalate(pi, TASK_FORMAL_CHECK_UNION);
        passFormalCheck(pi, TASK_FORMAL_CHECK_UNION);
        openReviewPeriod(pi);
        timers.remind(pi, TASK_EXPERT_REVIEW);
        reviewAll(pi, 18, 16, 17);
        timers.remind(pi, TASK_DECIDE_APPROVAL);
        timers.escalate(pi, TASK_DECIDE_APPROVAL);
        decide(pi, ApprovalDecision.APPROVE_AFTER_ADJUSTMENT, "建议聚焦青年教师");
        timers.remind(pi, TASK_ADJUST_PLAN);
        complete(
                task(TASK_ADJUST_PLAN, pi),
                withVariables(PROJECT_NAME.name(), "青年教师读书会", REQUESTED_BUDGET.name(), 8000));
        timers.remind(pi, TASK_CONFIRM_ADJUSTMENT);
        timers.escalate(pi, TASK_CONFIRM_ADJUSTMENT);
        complete(task(TASK_CONFIRM_ADJUSTMENT, pi), withVariables(ADJUSTMENT_RESULT.name(), ADJUSTMENT_CONFIRM));

        assertThat(pi)
                .isEnded()
                .hasPassed(
                        "EndEvent_Remind_FillApplication",
                        "EndEvent_Escalate_FormalCheckUnion",
                        "EndEvent_Remind_ExpertReview",
                        "EndEvent_Escalate_ConfirmAdjustment",
                        END_APPROVED);
        assertThat(project(round.getId(), UNION_UNIT).getStatus()).isEqualTo(ProjectStatus.APPROVED);
    }

    @Test
    void womenCommitteeApplicationGoesToTheWomensFederation() {
        ProcessInstance pi = start(WOMEN_UNIT);
        fillApplication(pi);

        assertThat(pi).isWaitingAt(TASK_FORMAL_CHECK_WOMEN);
        assertThat(task(TASK_FORMAL_CHECK_WOMEN, pi)).hasCandidateGroup("women-office");
        passFormalCheck(pi, TASK_FORMAL_CHECK_WOMEN);
        openReviewPeriod(pi);
        assertThat(pi).variables().containsEntry(REVIEWERS.name(), List.of("expert-w1", "expert-w2"));
    }

    @Test
    void returnedForRevisionThenPassed() {
        ProcessInstance pi = start(UNION_UNIT);
        fillApplication(pi);
        complete(
                task(TASK_FORMAL_CHECK_UNION, pi),
                withVariables(
                        FORMAL_CHECK_RESULT.name(), FORMAL_CHECK_RETURN, FORMAL_CHECK_COMMENT.name(), "请补充活动经费明细"));

        assertThat(pi)
                .hasPassed(TASK_RETURN_FOR_REVISION)
                .isWaitingAt(TASK_FILL_APPLICATION)
                .variables()
                .containsEntry(FORMAL_CHECK_COMMENT.name(), "请补充活动经费明细")
                .containsEntry(PROJECT_NAME.name(), "教工读书会");
        assertThat(project(round.getId(), UNION_UNIT).getStatus()).isEqualTo(ProjectStatus.RETURNED);

        complete(task(TASK_FILL_APPLICATION, pi), withVariables(PLAN.name(), "每月一次读书沙龙，经费明细见附表"));
        assertThat(pi)
                .as("the office's second check starts without the first comment")
                .variables()
                .containsEntry(FORMAL_CHECK_COMMENT.name(), null);
        passFormalCheck(pi, TASK_FORMAL_CHECK_UNION);
        assertThat(pi).isWaitingAt(TIMER_REVIEW_PERIOD_OPENS);
        assertThat(project(round.getId(), UNION_UNIT).getStatus()).isEqualTo(ProjectStatus.FORMALLY_CHECKED);
    }

    @Test
    void returningWithoutACommentIsRefusedAndTheTaskStaysOpen() {
        ProcessInstance pi = start(UNION_UNIT);
        fillApplication(pi);
        Task check = task(TASK_FORMAL_CHECK_UNION, pi);

        assertThatThrownBy(() -> taskService.complete(
                        check.getId(), withVariables(FORMAL_CHECK_RESULT.name(), FORMAL_CHECK_RETURN)))
                .hasMessageContaining("请填写审查意见");
        assertThat(pi).isWaitingAt(TASK_FORMAL_CHECK_UNION);
    }

    @Test
    void approvedAfterAdjustment() {
        ProcessInstance pi = start(UNION_UNIT);
        reachDecision(pi);
        decide(pi, ApprovalDecision.APPROVE_AFTER_ADJUSTMENT, "建议聚焦青年教师，压缩经费");

        assertThat(pi)
                .isWaitingAt(TASK_ADJUST_PLAN)
                .variables()
                .containsEntry(DECISION_OPINION.name(), "建议聚焦青年教师，压缩经费");
        assertThat(task(TASK_ADJUST_PLAN, pi)).hasCandidateGroup("unit-wxy-gh");
        complete(
                task(TASK_ADJUST_PLAN, pi),
                withVariables(PROJECT_NAME.name(), "青年教师读书会", REQUESTED_BUDGET.name(), 8000));

        assertThat(pi).isWaitingAt(TASK_CONFIRM_ADJUSTMENT);
        complete(task(TASK_CONFIRM_ADJUSTMENT, pi), withVariables(ADJUSTMENT_RESULT.name(), ADJUSTMENT_CONFIRM));

        assertThat(pi).isEnded().hasPassed(END_APPROVED);
        BrandProject project = project(round.getId(), UNION_UNIT);
        assertThat(project.getStatus()).isEqualTo(ProjectStatus.APPROVED);
        assertThat(project.getName()).isEqualTo("青年教师读书会");
        assertThat(project.getRequestedBudget()).isEqualByComparingTo("8000");
        assertThat(project.getDecision()).isEqualTo("APPROVE_AFTER_ADJUSTMENT");
        assertThat(statusTrail(project.getId())).containsSubsequence("REVIEWED", "ADJUSTING", "ADJUSTING", "APPROVED");
    }

    @Test
    void adjustmentSentBackOnceMoreAndAnInvalidAdjustmentIsRefusedWhileTheFormIsOpen() {
        ProcessInstance pi = start(UNION_UNIT);
        reachDecision(pi);
        decide(pi, ApprovalDecision.APPROVE_AFTER_ADJUSTMENT, "压缩经费");

        Task adjust = task(TASK_ADJUST_PLAN, pi);
        taskService.claim(adjust.getId(), "unit-member");
        assertThatThrownBy(() -> taskService.complete(adjust.getId(), withVariables(REQUESTED_BUDGET.name(), -5)))
                .isInstanceOf(ProcessEngineException.class)
                .satisfies(e -> assertThat(UserInputErrors.find(e))
                        .get()
                        .extracting(Throwable::getMessage)
                        .isEqualTo("“申请建设经费（元）”应在 1–20000 之间，收到：-5。"));
        assertThat(pi).isWaitingAt(TASK_ADJUST_PLAN).hasNotPassed(TASK_SAVE_ADJUSTMENT);
        assertThat(taskQuery().taskId(adjust.getId()).singleResult().getAssignee())
                .as("the same task, still claimed")
                .isEqualTo("unit-member");

        complete(task(TASK_ADJUST_PLAN, pi), withVariables(REQUESTED_BUDGET.name(), 9000));
        complete(
                task(TASK_CONFIRM_ADJUSTMENT, pi),
                withVariables(ADJUSTMENT_RESULT.name(), ADJUSTMENT_READJUST, ADJUSTMENT_COMMENT.name(), "经费仍偏高"));
        assertThat(pi).isWaitingAt(TASK_ADJUST_PLAN);

        assertThat(pi).variables().containsEntry(ADJUSTMENT_COMMENT.name(), "经费仍偏高");
        assertThat(statusHistory.findByProjectIdOrderById(
                        project(round.getId(), UNION_UNIT).getId()))
                .extracting(ProjectStatusChange::getNote)
                .contains("尚需调整：经费仍偏高");

        complete(task(TASK_ADJUST_PLAN, pi), withVariables(REQUESTED_BUDGET.name(), 6000));
        assertThat(pi)
                .as("the office's form starts empty again")
                .variables()
                .containsEntry(ADJUSTMENT_RESULT.name(), null)
                .containsEntry(ADJUSTMENT_COMMENT.name(), null);
        complete(task(TASK_CONFIRM_ADJUSTMENT, pi), withVariables(ADJUSTMENT_RESULT.name(), ADJUSTMENT_CONFIRM));
        assertThat(pi).isEnded().hasPassed(END_APPROVED);
        assertThat(project(round.getId(), UNION_UNIT).getRequestedBudget()).isEqualByComparingTo("6000");
    }

    @Test
    void unitThatDoesNotAdjustInTimeIsNotApproved() {
        ProcessInstance pi = start(UNION_UNIT);
        reachDecision(pi);
        decide(pi, ApprovalDecision.APPROVE_AFTER_ADJUSTMENT, "请压缩经费");
        assertThat(task(TASK_ADJUST_PLAN, pi).getDueDate())
                .isEqualTo(job(TIMER_ADJUSTMENT_DEADLINE, pi).getDuedate());

        execute(job(TIMER_ADJUSTMENT_DEADLINE, pi));

        assertThat(pi).isEnded().hasPassed(END_ADJUSTMENT_OVERDUE);
        BrandProject project = project(round.getId(), UNION_UNIT);
        assertThat(project.getStatus()).isEqualTo(ProjectStatus.REJECTED);
        assertThat(statusHistory.findByProjectIdOrderById(project.getId()))
                .last()
                .extracting(ProjectStatusChange::getNote)
                .isEqualTo("逾期未提交调整后方案，不予立项");
    }

    @Test
    void rejectedWithTheReasonRecorded() {
        ProcessInstance pi = start(UNION_UNIT);
        reachDecision(pi);

        Task decisionTask = task(TASK_DECIDE_APPROVAL, pi);
        assertThatThrownBy(() -> taskService.complete(decisionTask.getId(), withVariables(DECISION.name(), "REJECT")))
                .hasMessageContaining("理由");
        decide(pi, ApprovalDecision.REJECT, "与往年项目重复");

        assertThat(pi).isEnded().hasPassed(END_REJECTED);
        BrandProject project = project(round.getId(), UNION_UNIT);
        assertThat(project.getStatus()).isEqualTo(ProjectStatus.REJECTED);
        assertThat(project.getDecisionOpinion()).isEqualTo("与往年项目重复");
        assertThat(statusHistory
                        .findByProjectIdOrderById(project.getId())
                        .get(4)
                        .getNote())
                .isEqualTo("与往年项目重复");
    }

    @Test
    void unitDeclaresItDoesNotApplyThisYear() {
        ProcessInstance pi = start(UNION_UNIT);
        complete(task(TASK_FILL_APPLICATION, pi), withVariables(NOT_APPLYING.name(), true));

        assertThat(pi).isEnded().hasPassed(END_NOT_APPLYING).hasNotPassed(TASK_SAVE_APPLICATION);
        assertThat(project(round.getId(), UNION_UNIT).getStatus()).isEqualTo(ProjectStatus.NOT_APPLYING);
    }

    @Test
    void deadlinePassesWithoutAnApplication() {
        ProcessInstance pi = start(UNION_UNIT);
        assertThat(job(TIMER_APPLICATION_DEADLINE, pi).getDuedate())
                .isEqualTo(java.sql.Timestamp.valueOf(round.getSchedule().applicationDeadline()));

        execute(job(TIMER_APPLICATION_DEADLINE, pi));

        assertThat(pi).isEnded().hasPassed(END_OVERDUE);
        assertThat(taskQuery().processInstanceId(pi.getId()).count()).isZero();
        assertThat(project(round.getId(), UNION_UNIT).getStatus()).isEqualTo(ProjectStatus.OVERDUE);
    }

    @Test
    void invalidApplicationIsRefusedOnSubmitAndTheTaskStaysOpenAndClaimed() {
        ProcessInstance pi = start(UNION_UNIT);
        Task fill = task(TASK_FILL_APPLICATION, pi);
        taskService.claim(fill.getId(), "unit-member");
        Map<String, Object> form = validApplication();
        form.put(REQUESTED_BUDGET.name(), -100);
        form.remove(CATEGORY.name());
        form.put(PHONE.name(), "12ab");
        form.put(PROJECT_NAME.name(), "读".repeat(101));

        assertThatThrownBy(() -> taskService.complete(fill.getId(), form))
                .satisfies(e -> assertThat(UserInputErrors.find(e))
                        .get()
                        .extracting(Throwable::getMessage)
                        .isEqualTo("“项目名称”不能超过 100 字（现有 101 字）；请选择“项目类别”；“联系电话”格式不正确，收到：12ab；"
                                + "“申请建设经费（元）”应在 1–20000 之间，收到：-100。"));

        assertThat(pi).isWaitingAt(TASK_FILL_APPLICATION).hasNotPassed(TASK_SAVE_APPLICATION);
        Task still = task(TASK_FILL_APPLICATION, pi);
        assertThat(still.getId()).as("the same task, not a new one").isEqualTo(fill.getId());
        assertThat(still.getAssignee()).as("still claimed").isEqualTo("unit-member");
        assertThat(projects.findByRoundIdAndUnitId(
                        round.getId(),
                        units.findByCode(UNION_UNIT).orElseThrow().getId()))
                .isEmpty();

        // nothing of the refused submission was stored: Tasklist keeps what was typed in the open form
        assertThat(runtimeService.getVariable(pi.getId(), PHONE.name())).isNull();
        Map<String, Object> corrected = validApplication();
        corrected.put(PHONE.name(), "0516-83500000");
        corrected.put(REQUESTED_BUDGET.name(), 5000);
        complete(still, corrected);
        assertThat(pi).isWaitingAt(TASK_FORMAL_CHECK_UNION);
        assertThat(project(round.getId(), UNION_UNIT).getName()).isEqualTo("教工读书会");
    }

    @Test
    void continuingABrandTheUnitNeverHadIsRefusedOnSubmit() {
        // other tests of the run leave brands in earlier years: take a unit that has none
        String unitCode = units.findByActiveTrueOrderBySortOrder().stream()
                .filter(unit -> records.previousBrand(round, unit).isEmpty())
                .findFirst()
                .orElseThrow()
                .getCode();
        ProcessInstance pi = start(unitCode);
        Map<String, Object> form = validApplication();
        form.put(CONTINUES_BRAND.name(), true);

        assertThatThrownBy(() ->
                        taskService.complete(task(TASK_FILL_APPLICATION, pi).getId(), form))
                .satisfies(e -> assertThat(UserInputErrors.find(e))
                        .get()
                        .extracting(Throwable::getMessage)
                        .isEqualTo("本单位往年没有立项的品牌，不能选择“延续往年品牌”。"));
        assertThat(pi).isWaitingAt(TASK_FILL_APPLICATION);
    }

    @Test
    void unitCannotRerouteItsApplicationByCompletingWithRoutingVariables() {
        ProcessInstance pi = start(UNION_UNIT);
        Task fill = task(TASK_FILL_APPLICATION, pi);
        Map<String, Object> form = validApplication();
        form.put(OFFICE_GROUP.name(), "unit-wxy-gh");

        assertThatThrownBy(() -> taskService.complete(fill.getId(), form))
                .hasMessageContaining("不能修改流程数据“officeGroup”");
        Map<String, Object> otherUnit = validApplication();
        otherUnit.put(UNIT_CODE.name(), "wgy-fw");
        assertThatThrownBy(() -> taskService.complete(fill.getId(), otherUnit))
                .hasMessageContaining("不能修改流程数据“unitCode”");

        assertThat(pi)
                .isWaitingAt(TASK_FILL_APPLICATION)
                .variables()
                .containsEntry(OFFICE_GROUP.name(), "union-office");
        complete(fill, validApplication());
        assertThat(task(TASK_FORMAL_CHECK_UNION, pi)).hasCandidateGroup("union-office");
    }

    @Test
    void budgetAboveTheCapIsRefused() {
        ProcessInstance pi = start(UNION_UNIT);
        Map<String, Object> form = validApplication();
        form.put(REQUESTED_BUDGET.name(), 20000.01);

        assertThatThrownBy(() ->
                        taskService.complete(task(TASK_FILL_APPLICATION, pi).getId(), form))
                .hasMessageContaining("“申请建设经费（元）”应在 1–20000 之间，收到：20000.01。");
        assertThat(pi).isWaitingAt(TASK_FILL_APPLICATION);
    }

    @Test
    void unitWithdrawsBeforeTheFormalCheck_endsAsWithdrawn() {
        ProcessInstance pi = start(UNION_UNIT);
        fillApplication(pi);
        assertThat(pi).isWaitingAt(TASK_FORMAL_CHECK_UNION, TASK_WITHDRAW_APPLICATION);
        Task withdraw = task(TASK_WITHDRAW_APPLICATION, pi);
        assertThat(withdraw).hasCandidateGroup("unit-wxy-gh");

        assertThatThrownBy(() ->
                        taskService.complete(withdraw.getId(), withVariables(WITHDRAWAL_REASON.name(), "方案需要重新论证")))
                .hasMessageContaining("请勾选“确认撤回本单位本年度的申报”");
        assertThat(pi).isWaitingAt(TASK_FORMAL_CHECK_UNION, TASK_WITHDRAW_APPLICATION);

        complete(withdraw, withVariables(WITHDRAWAL_CONFIRMED.name(), true, WITHDRAWAL_REASON.name(), "方案需要重新论证"));

        assertThat(pi)
                .isEnded()
                .hasPassed(TASK_RECORD_WITHDRAWAL, END_WITHDRAWN)
                .hasNotPassed(TASK_RECORD_FORMAL_CHECK);
        assertThat(taskQuery().processInstanceId(pi.getId()).count())
                .as("the office's formal check closed with the withdrawal")
                .isZero();
        BrandProject project = project(round.getId(), UNION_UNIT);
        assertThat(project.getStatus()).isEqualTo(ProjectStatus.WITHDRAWN);
        assertThat(ProjectStatus.WITHDRAWN.label()).isEqualTo("已撤回");
        assertThat(statusTrail(project.getId())).containsExactly("SUBMITTED", "WITHDRAWN");
        assertThat(statusHistory.findByProjectIdOrderById(project.getId()))
                .last()
                .extracting(ProjectStatusChange::getNote)
                .isEqualTo("单位撤回申报：方案需要重新论证");
    }

    @Test
    void noWithdrawalOnceTheFormalCheckIsCompleted() {
        ProcessInstance pi = start(UNION_UNIT);
        fillApplication(pi);
        Task firstWithdraw = task(TASK_WITHDRAW_APPLICATION, pi);
        complete(
                task(TASK_FORMAL_CHECK_UNION, pi),
                withVariables(FORMAL_CHECK_RESULT.name(), FORMAL_CHECK_RETURN, FORMAL_CHECK_COMMENT.name(), "请补充预算"));
        assertThat(taskQuery().taskId(firstWithdraw.getId()).count())
                .as("a returned application is the unit's to revise or to declare 本年度不申报")
                .isZero();

        fillApplication(pi);
        Task secondWithdraw = task(TASK_WITHDRAW_APPLICATION, pi);
        passFormalCheck(pi, TASK_FORMAL_CHECK_UNION);

        assertThat(pi).isWaitingAt(TIMER_REVIEW_PERIOD_OPENS);
        assertThat(taskQuery()
                        .processInstanceId(pi.getId())
                        .taskDefinitionKey(TASK_WITHDRAW_APPLICATION)
                        .count())
                .isZero();
        assertThatThrownBy(() -> taskService.complete(
                        secondWithdraw.getId(),
                        withVariables(WITHDRAWAL_CONFIRMED.name(), true, WITHDRAWAL_REASON.name(), "太晚了")))
                .isInstanceOf(ProcessEngineException.class);
        assertThat(project(round.getId(), UNION_UNIT).getStatus()).isEqualTo(ProjectStatus.FORMALLY_CHECKED);
    }

    @Test
    void expertOfTheApplyingUnitIsRecused() {
        members("unit-wxy-gh", "expert-u2");
        try {
            ProcessInstance pi = start(UNION_UNIT);
            fillApplication(pi);
            passFormalCheck(pi, TASK_FORMAL_CHECK_UNION);
            openReviewPeriod(pi);

            assertThat(pi).variables().containsEntry(REVIEWERS.name(), List.of("expert-u1", "expert-u3"));
            assertThat(taskQuery()
                            .processInstanceId(pi.getId())
                            .taskAssignee("expert-u2")
                            .count())
                    .isZero();
            assertThat(taskQuery()
                            .processInstanceId(pi.getId())
                            .taskDefinitionKey(TASK_EXPERT_REVIEW)
                            .count())
                    .isEqualTo(2);
        } finally {
            identityService.deleteMembership("expert-u2", "unit-wxy-gh");
        }
    }

    @Test
    void reviewDeadlinePassesAndOnlyTheSubmittedScoresCount() {
        ProcessInstance pi = start(UNION_UNIT);
        fillApplication(pi);
        passFormalCheck(pi, TASK_FORMAL_CHECK_UNION);
        openReviewPeriod(pi);
        complete(
                taskQuery()
                        .processInstanceId(pi.getId())
                        .taskAssignee("expert-u1")
                        .singleResult(),
                scores(19, "很好"));
        complete(
                taskQuery()
                        .processInstanceId(pi.getId())
                        .taskAssignee("expert-u2")
                        .singleResult(),
                scores(17, "较好"));

        execute(job(TIMER_REVIEW_DEADLINE, pi));

        assertThat(pi).isWaitingAt(TASK_DECIDE_APPROVAL).variables().containsEntry(REVIEW_SCORE.name(), 90.0);
        assertThat(project(round.getId(), UNION_UNIT).getReviewScore()).isEqualByComparingTo("90.00");
    }

    @Test
    void scoreOutOfRangeIsRefusedAndTheReviewStaysOpen() {
        ProcessInstance pi = start(UNION_UNIT);
        fillApplication(pi);
        passFormalCheck(pi, TASK_FORMAL_CHECK_UNION);
        openReviewPeriod(pi);
        Task review = taskQuery()
                .processInstanceId(pi.getId())
                .taskAssignee("expert-u1")
                .singleResult();

        assertThatThrownBy(() -> taskService.complete(review.getId(), scores(21, "满分以上")))
                .hasMessageContaining("“思想性、政治性”应在 0–20 之间");
        assertThat(taskQuery().taskId(review.getId()).count()).isEqualTo(1);
        assertThat(expertReviews.findByProjectIdAndPhaseOrderById(
                        project(round.getId(), UNION_UNIT).getId(), ReviewPhase.APPROVAL))
                .isEmpty();
    }

    @Test
    void expertScoresStayLocalToEachExpertsTask() {
        ProcessInstance pi = start(UNION_UNIT);
        fillApplication(pi);
        passFormalCheck(pi, TASK_FORMAL_CHECK_UNION);
        openReviewPeriod(pi);
        complete(
                taskQuery()
                        .processInstanceId(pi.getId())
                        .taskAssignee("expert-u1")
                        .singleResult(),
                scores(10, "一般"));

        assertThat(runtimeService.getVariable(pi.getId(), "scorePolitical")).isNull();
        assertThat(runtimeService.getVariable(pi.getId(), REVIEW_OPINION.name()))
                .isNull();
    }

    @Test
    void expertsSubmittingAtTheSameMomentDoNotCollide() throws Exception {
        ProcessInstance pi = start(UNION_UNIT);
        fillApplication(pi);
        passFormalCheck(pi, TASK_FORMAL_CHECK_UNION);
        openReviewPeriod(pi);
        List<Task> reviews = taskQuery()
                .processInstanceId(pi.getId())
                .taskDefinitionKey(TASK_EXPERT_REVIEW)
                .list();
        java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(reviews.size());
        java.util.concurrent.ExecutorService experts =
                java.util.concurrent.Executors.newFixedThreadPool(reviews.size());
        try {
            List<java.util.concurrent.Future<?>> submissions = reviews.stream()
                    .<java.util.concurrent.Future<?>>map(review -> experts.submit(() -> {
                        together.await();
                        taskService.complete(review.getId(), scores(15, "同时提交"));
                        return null;
                    }))
                    .toList();
            for (java.util.concurrent.Future<?> submission : submissions) {
                submission.get(30, java.util.concurrent.TimeUnit.SECONDS);
            }
        } finally {
            experts.shutdownNow();
        }

        assertThat(expertReviews.findByProjectIdAndPhaseOrderById(
                        project(round.getId(), UNION_UNIT).getId(), ReviewPhase.APPROVAL))
                .hasSize(reviews.size());
        executeAsyncContinuations(pi.getId());
        assertThat(pi).isWaitingAt(TASK_DECIDE_APPROVAL);
    }

    @Test
    void failingReviewerAssignmentRollsBackEngineAndDatabaseTogether() {
        members("unit-jky-fw", "expert-w1", "expert-w2");
        try {
            ProcessInstance pi = start("jky-fw");
            fillApplication(pi);
            passFormalCheck(pi, TASK_FORMAL_CHECK_WOMEN);
            execute(job(TIMER_REVIEW_PERIOD_OPENS, pi));
            // 分配评审专家 runs in a job of its own (async before), so its failure is retried and never undoes the timer
            String assignJob = job(TASK_ASSIGN_REVIEWERS, pi).getId();

            assertThatThrownBy(() -> managementService.executeJob(assignJob)).hasMessageContaining("回避本单位专家后为空");

            assertThat(pi).isWaitingAt(TASK_ASSIGN_REVIEWERS);
            Job failed = managementService.createJobQuery().jobId(assignJob).singleResult();
            assertThat(failed.getRetries()).isEqualTo(2);
            assertThat(failed.getDuedate())
                    .as("tried again after yihui.jobs.retry-cycle (R3/PT5M)")
                    .isAfter(new Date(System.currentTimeMillis() + 4 * 60_000));
            BrandProject project = project(round.getId(), "jky-fw");
            assertThat(project.getStatus()).isEqualTo(ProjectStatus.FORMALLY_CHECKED);
            assertThat(statusTrail(project.getId())).doesNotContain("UNDER_REVIEW");
        } finally {
            identityService.deleteMembership("expert-w1", "unit-jky-fw");
            identityService.deleteMembership("expert-w2", "unit-jky-fw");
        }
    }

    @Test
    void resubmittedReviewUpdatesTheExpertsRowInsteadOfAddingOne() {
        ProcessInstance pi = start(UNION_UNIT);
        fillApplication(pi);
        passFormalCheck(pi, TASK_FORMAL_CHECK_UNION);
        openReviewPeriod(pi);
        Long projectId = project(round.getId(), UNION_UNIT).getId();
        Task review = taskQuery()
                .processInstanceId(pi.getId())
                .taskAssignee("expert-u1")
                .singleResult();

        // a row left by an earlier attempt of the same expert's review is reused, not doubled
        ExpertReview first = new ExpertReview(projectId, ReviewPhase.APPROVAL, "expert-u1");
        first.record(Map.of("POLITICAL", 1), "旧", "old-task", java.time.LocalDateTime.now());
        expertReviews.save(first);
        complete(review, scores(15, "复评"));

        assertThat(expertReviews.findByProjectIdAndPhaseOrderById(projectId, ReviewPhase.APPROVAL))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.getTotal()).isEqualByComparingTo("75");
                    assertThat(r.getOpinion()).isEqualTo("复评");
                });
    }
}
