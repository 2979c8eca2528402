package cn.edu.jsnu.yihuiyipin.application;

import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.*;
import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.Elements.*;
import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.Vars.*;
import static cn.edu.jsnu.yihuiyipin.process.SharedVariables.*;
import static org.assertj.core.api.Assertions.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import cn.edu.jsnu.yihuiyipin.process.BusinessKey;
import cn.edu.jsnu.yihuiyipin.project.BrandRound;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatus;
import cn.edu.jsnu.yihuiyipin.support.ApplicationSteps;
import cn.edu.jsnu.yihuiyipin.support.MutableClock;
import cn.edu.jsnu.yihuiyipin.support.ProcessScenarioTest;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 立项审定 against the panel's score: the quorum (more than half of the panel), the lowest funded band,
 * 重新评审, and the adjustment days that start again when a plan is sent back.
 */
class PanelScoreDecisionTest extends ProcessScenarioTest {

    private static final String UNIT = "wxy-gh";

    @Autowired
    MutableClock clock;

    private BrandRound round;

    @BeforeEach
    void panel() {
        members("experts-union", "expert-u1", "expert-u2", "expert-u3");
        members("union-office", "office-union");
        round = newRound(new BigDecimal("100000"));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private ProcessInstance inReview() {
        ProcessInstance pi = runtimeService.startProcessInstanceByKey(
                KEY,
                BusinessKey.ofUnit(round.getYear(), UNIT).toString(),
                Map.of(ROUND_ID.name(), round.getId(), UNIT_CODE.name(), UNIT));
        complete(task(TASK_FILL_APPLICATION, pi), ApplicationSteps.application("教工读书会", "CULTURE", 10000));
        complete(task(TASK_FORMAL_CHECK_UNION, pi), withVariables(FORMAL_CHECK_RESULT.name(), FORMAL_CHECK_PASS));
        execute(job(TIMER_REVIEW_PERIOD_OPENS, pi));
        // 分配评审专家 is asynchronous
        executeAsyncContinuationsUntilNone(pi.getId());
        return pi;
    }

    private void score(ProcessInstance pi, String expert, int perCriterion) {
        Task review = taskQuery()
                .processInstanceId(pi.getId())
                .taskDefinitionKey(TASK_EXPERT_REVIEW)
                .taskAssignee(expert)
                .singleResult();
        complete(
                review,
                withVariables(
                        "scorePolitical",
                        perCriterion,
                        "scoreInnovation",
                        perCriterion,
                        "scoreParticipation",
                        perCriterion,
                        "scoreSustainability",
                        perCriterion,
                        "scoreFeasibility",
                        perCriterion,
                        REVIEW_OPINION.name(),
                        "意见"));
        executeAsyncContinuationsUntilNone(pi.getId());
    }

    private void decide(ProcessInstance pi, ApprovalDecision decision, String opinion) {
        complete(
                task(TASK_DECIDE_APPROVAL, pi),
                withVariables(DECISION.name(), decision.name(), DECISION_OPINION.name(), opinion));
    }

    @Test
    void oneOfThreeExpertsIsNoScore_theOfficeCannotApprove_andTheOthersReviewAgain() {
        ProcessInstance pi = inReview();
        score(pi, "expert-u1", 19);
        execute(job(TIMER_REVIEW_DEADLINE, pi));

        assertThat(pi).isWaitingAt(TASK_DECIDE_APPROVAL).variables().containsEntry(REVIEW_SCORE.name(), null);
        assertThat((String) runtimeService.getVariable(pi.getId(), REVIEW_SUMMARY.name()))
                .startsWith("未形成评审得分（有效评分 1 份，未达法定人数 2 份）");
        Task decision = task(TASK_DECIDE_APPROVAL, pi);
        assertThatThrownBy(() -> taskService.complete(
                        decision.getId(),
                        withVariables(DECISION.name(), ApprovalDecision.APPROVE.name(), DECISION_OPINION.name(), "同意")))
                .hasMessageContaining("未形成评审得分");
        assertThat(taskQuery().taskId(decision.getId()).count())
                .as("the task stays open")
                .isEqualTo(1);

        decide(pi, ApprovalDecision.REVIEW_AGAIN, "请未评分的专家补评");
        executeAsyncContinuationsUntilNone(pi.getId());

        assertThat(pi)
                .isWaitingAt(TASK_EXPERT_REVIEW)
                .variables()
                .containsEntry(REVIEWERS.name(), List.of("expert-u2", "expert-u3"));
        score(pi, "expert-u2", 18);
        score(pi, "expert-u3", 17);
        assertThat(pi)
                .isWaitingAt(TASK_DECIDE_APPROVAL)
                .variables()
                .containsEntry(REVIEW_SCORE.name(), 90.0)
                .containsEntry(DECISION.name(), null);
        decide(pi, ApprovalDecision.APPROVE, "同意立项");

        assertThat(pi).isEnded().hasPassed(END_APPROVED);
        assertThat(project(round.getId(), UNIT).getReviewScore()).isEqualByComparingTo("90.00");
        assertThat(statusTrail(project(round.getId(), UNIT).getId()))
                .containsSubsequence("UNDER_REVIEW", "REVIEWED", "UNDER_REVIEW", "REVIEWED", "APPROVED");
    }

    @Test
    void twoOfThreeExpertsMakeAScore() {
        ProcessInstance pi = inReview();
        score(pi, "expert-u1", 19);
        score(pi, "expert-u2", 18);
        execute(job(TIMER_REVIEW_DEADLINE, pi));

        assertThat(pi).isWaitingAt(TASK_DECIDE_APPROVAL).variables().containsEntry(REVIEW_SCORE.name(), 92.5);
    }

    @Test
    void aScoreBelowTheLowestFundedBandCannotBeApproved_butCanBeRejected() {
        ProcessInstance pi = inReview();
        score(pi, "expert-u1", 13);
        score(pi, "expert-u2", 13);
        score(pi, "expert-u3", 14);
        assertThat(pi).isWaitingAt(TASK_DECIDE_APPROVAL).variables().containsEntry(REVIEW_SCORE.name(), 66.67);

        Task decision = task(TASK_DECIDE_APPROVAL, pi);
        assertThatThrownBy(() -> taskService.complete(
                        decision.getId(),
                        withVariables(
                                DECISION.name(),
                                ApprovalDecision.APPROVE_AFTER_ADJUSTMENT.name(),
                                DECISION_OPINION.name(),
                                "调整")))
                .hasMessageContaining("评审得分 66.67 分，低于立项所需的 70 分，不能立项");
        decide(pi, ApprovalDecision.REJECT, "得分未达立项要求");

        assertThat(pi).isEnded().hasPassed(END_REJECTED);
        assertThat(project(round.getId(), UNIT).getStatus()).isEqualTo(ProjectStatus.REJECTED);
    }

    @Test
    void aPlanSentBackAfterItsFirstDueDateGetsItsDaysAgain() {
        // today, not the round's far-future year: the engine clock moves too, and MySQL TIMESTAMP ends in 2038
        LocalDateTime decided = LocalDateTime.now().withNano(0);
        clock.setTo(decided);
        ProcessInstance pi = inReview();
        score(pi, "expert-u1", 18);
        score(pi, "expert-u2", 18);
        score(pi, "expert-u3", 18);
        decide(pi, ApprovalDecision.APPROVE_AFTER_ADJUSTMENT, "压缩经费");
        Date firstDue = job(TIMER_ADJUSTMENT_DEADLINE, pi).getDuedate();
        assertThat(firstDue).isEqualTo(date(decided.plusDays(7)));

        // the unit hands in on the last day, the office answers three days later: past the first due date
        clock.setTo(decided.plusDays(7));
        complete(task(TASK_ADJUST_PLAN, pi), withVariables(REQUESTED_BUDGET.name(), 8000));
        clock.setTo(decided.plusDays(10));
        complete(
                task(TASK_CONFIRM_ADJUSTMENT, pi),
                withVariables(ADJUSTMENT_RESULT.name(), ADJUSTMENT_READJUST, ADJUSTMENT_COMMENT.name(), "经费仍偏高"));

        assertThat(pi).isWaitingAt(TASK_ADJUST_PLAN);
        assertThat(job(TIMER_ADJUSTMENT_DEADLINE, pi).getDuedate())
                .as("seven days from the office's answer, not the first due date")
                .isEqualTo(date(decided.plusDays(17)));
        assertThat(task(TASK_ADJUST_PLAN, pi).getDueDate()).isEqualTo(date(decided.plusDays(17)));
    }

    private static Date date(LocalDateTime time) {
        return Date.from(time.atZone(ZoneId.systemDefault()).toInstant());
    }
}
