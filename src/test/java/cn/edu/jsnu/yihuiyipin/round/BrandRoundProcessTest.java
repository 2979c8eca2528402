package cn.edu.jsnu.yihuiyipin.round;

import static cn.edu.jsnu.yihuiyipin.process.BrandRoundProcess.*;
import static cn.edu.jsnu.yihuiyipin.process.BrandRoundProcess.Elements.*;
import static cn.edu.jsnu.yihuiyipin.process.BrandRoundProcess.Vars.*;
import static cn.edu.jsnu.yihuiyipin.process.SharedVariables.*;
import static org.assertj.core.api.Assertions.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess;
import cn.edu.jsnu.yihuiyipin.project.BrandProject;
import cn.edu.jsnu.yihuiyipin.project.BrandRound;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatus;
import cn.edu.jsnu.yihuiyipin.project.RoundSchedule;
import cn.edu.jsnu.yihuiyipin.project.RoundStatus;
import cn.edu.jsnu.yihuiyipin.project.RoundStatusChange;
import cn.edu.jsnu.yihuiyipin.project.RoundStatusChangeRepository;
import cn.edu.jsnu.yihuiyipin.support.ApplicationSteps;
import cn.edu.jsnu.yihuiyipin.support.MutableClock;
import cn.edu.jsnu.yihuiyipin.support.ProcessScenarioTest;
import cn.edu.jsnu.yihuiyipin.unit.GrassrootsUnit;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** brand-round 年度“一会一品”品牌创建: a whole round of all units, and the ways a round is opened. */
class BrandRoundProcessTest extends ProcessScenarioTest {

    @Autowired
    MutableClock clock;

    @Autowired
    RoundStatusChangeRepository roundHistory;

    @BeforeEach
    void panels() {
        members("experts-union", "expert-u1", "expert-u2", "expert-u3");
        members("experts-women", "expert-w1", "expert-w2");
    }

    private ProcessInstance openRound(int year, int pool) {
        ProcessInstance round = runtimeService.startProcessInstanceByKey(
                KEY, Map.of(ROUND_YEAR.name(), year, FUNDING_POOL.name(), pool));
        // each unit's application starts in a job of its own (asyncBefore on the multi-instance)
        executeAsyncContinuationsUntilNone(round.getId());
        return round;
    }

    private ProcessInstance child(ProcessInstance round, int year, String unitCode) {
        return calledInstance(round, BrandApplicationProcess.KEY, year, unitCode);
    }

    private void applyAndGetApproved(ProcessInstance application, String checkTask, int budget, int perCriterion) {
        ApplicationSteps.applyAndGetApproved(
                managementService,
                application,
                checkTask,
                ApplicationSteps.application("品牌项目", "ACHIEVEMENT", budget),
                perCriterion);
        assertThat(application).isEnded();
    }

    @Test
    void wholeRoundFundsTheApprovedProjectsWithinThePool() {
        int year = unusedYear();
        ProcessInstance round = openRound(year, 20000);
        List<GrassrootsUnit> activeUnits = units.findByActiveTrueOrderBySortOrder();

        assertThat(round).isWaitingAt(CALL_APPLICATIONS);
        assertThat(runtimeService
                        .createProcessInstanceQuery()
                        .superProcessInstanceId(round.getId())
                        .count())
                .isEqualTo(activeUnits.size());
        BrandRound saved = rounds.findByYear(year).orElseThrow();
        assertThat(saved.getStatus()).isEqualTo(RoundStatus.APPLICATION);
        assertThat(saved.getFundingPool()).isEqualByComparingTo("20000");
        assertThat(saved.getSchedule().applicationDeadline()).isEqualTo(LocalDateTime.of(year, 3, 31, 23, 59, 59));

        applyAndGetApproved(
                child(round, year, "wxy-gh"), BrandApplicationProcess.Elements.TASK_FORMAL_CHECK_UNION, 12000, 18);
        applyAndGetApproved(
                child(round, year, "jsj-gh"), BrandApplicationProcess.Elements.TASK_FORMAL_CHECK_UNION, 15000, 16);
        applyAndGetApproved(
                child(round, year, "wgy-fw"), BrandApplicationProcess.Elements.TASK_FORMAL_CHECK_WOMEN, 10000, 19);
        for (GrassrootsUnit unit : activeUnits) {
            ProcessInstance application = child(round, year, unit.getCode());
            if (application != null) {
                complete(
                        task(BrandApplicationProcess.Elements.TASK_FILL_APPLICATION, application),
                        withVariables(BrandApplicationProcess.Vars.NOT_APPLYING.name(), true));
            }
        }
        assertThat(runtimeService
                        .createProcessInstanceQuery()
                        .superProcessInstanceId(round.getId())
                        .count())
                .isZero();
        // each finished application continues the round in its own job
        executeAsyncContinuationsUntilNone(round.getId());

        assertThat(round).isWaitingAt(TASK_CONFIRM_APPROVED_LIST);
        Task union = officeTask(round, "union-office");
        Task women = officeTask(round, "women-office");
        assertThat(union).hasCandidateGroup("union-office");
        assertThat(women).hasCandidateGroup("women-office");
        // scores 90, 80, 95 take 100%, 80%, 100%: 12000 + 12000 + 10000 = 34000 > 20000, scaled by 20/34 and rounded
        // down
        assertThat(project(saved.getId(), "wxy-gh").getApprovedFunding()).isEqualByComparingTo("7000");
        assertThat(project(saved.getId(), "jsj-gh").getApprovedFunding()).isEqualByComparingTo("7000");
        assertThat(project(saved.getId(), "wgy-fw").getApprovedFunding()).isEqualByComparingTo("5800");
        assertThat(round).variables().containsEntry(ALLOCATED_FUNDING.name(), "19800.00");

        assertThatThrownBy(() -> taskService.complete(union.getId())).hasMessageContaining("请勾选");
        complete(union, withVariables(APPROVED_LIST_CONFIRMED.name(), true, APPROVED_LIST_REMARK.name(), "公示无异议"));
        complete(women, withVariables(APPROVED_LIST_CONFIRMED.name(), true));
        executeAsyncContinuationsUntilNone(round.getId());

        // published, each project goes straight into its own cultivation instance (steps 3–5)
        assertThat(round).hasPassed(TASK_PUBLISH_APPROVED_LIST).isWaitingAt(CALL_CULTIVATION);
        assertThat(rounds.findByYear(year).orElseThrow().getStatus()).isEqualTo(RoundStatus.CULTIVATION);
        List<BrandProject> all = projects.findByRoundIdOrderById(saved.getId());
        assertThat(all).hasSize(activeUnits.size());
        assertThat(all)
                .filteredOn(p -> p.getStatus() == ProjectStatus.BUILDING)
                .extracting(p -> p.getUnit().getCode())
                .containsExactlyInAnyOrder("wxy-gh", "jsj-gh", "wgy-fw");
        assertThat(statusTrail(project(saved.getId(), "wxy-gh").getId())).endsWith("PUBLISHED", "BUILDING");
        assertThat(all)
                .filteredOn(p -> p.getStatus() == ProjectStatus.NOT_APPLYING)
                .hasSize(activeUnits.size() - 3);
        assertThat(all.stream()
                        .map(BrandProject::getApprovedFunding)
                        .filter(java.util.Objects::nonNull)
                        .reduce(BigDecimal.ZERO, BigDecimal::add))
                .isLessThanOrEqualTo(new BigDecimal("20000"));
        // every application ended before the review-start timer: 核定建设经费 moved the round to 评审立项, once
        assertThat(roundTrail(saved.getId())).containsExactly("APPLICATION", "APPROVAL", "PUBLISHED", "CULTIVATION");
    }

    @Test
    void reviewStartMovesTheRoundToReviewWhileTheApplicationsGoOn() {
        int year = unusedYear();
        ProcessInstance round = openRound(year, 20000);
        BrandRound saved = rounds.findByYear(year).orElseThrow();
        Job reviewStarts = job(TIMER_REVIEW_STARTS, round);
        assertThat(reviewStarts.getDuedate())
                .isEqualTo(java.sql.Timestamp.valueOf(saved.getSchedule().reviewStart()));
        long applications = runtimeService
                .createProcessInstanceQuery()
                .superProcessInstanceId(round.getId())
                .count();

        execute(reviewStarts);

        assertThat(round).hasPassed(TASK_START_REVIEW, END_REVIEW_STARTED).isWaitingAt(CALL_APPLICATIONS);
        assertThat(rounds.findById(saved.getId()).orElseThrow().getStatus()).isEqualTo(RoundStatus.APPROVAL);
        assertThat(roundHistory.findByRoundIdOrderById(saved.getId()))
                .extracting(change -> change.getStatus().name(), RoundStatusChange::getNote)
                .containsExactly(
                        tuple("APPLICATION", "开启年度申报，" + applications + " 个基层单位参加"), tuple("APPROVAL", "评审立项开始"));
        assertThat(runtimeService
                        .createProcessInstanceQuery()
                        .superProcessInstanceId(round.getId())
                        .count())
                .as("the applications go on")
                .isEqualTo(applications);
    }

    private Task officeTask(ProcessInstance round, String officeGroup) {
        return taskService
                .createTaskQuery()
                .processInstanceId(round.getId())
                .taskDefinitionKey(TASK_CONFIRM_APPROVED_LIST)
                .taskCandidateGroup(officeGroup)
                .singleResult();
    }

    private List<String> roundTrail(Long roundId) {
        return roundHistory.findByRoundIdOrderById(roundId).stream()
                .map(change -> change.getStatus().name())
                .toList();
    }

    @Test
    void secondRoundForTheSameYearIsRefused() {
        int year = unusedYear();
        openRound(year, 100000);
        long applications = runtimeService
                .createProcessInstanceQuery()
                .processInstanceBusinessKeyLike(year + "/%")
                .count();

        assertThatThrownBy(() -> openRound(year, 50000))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining(year + "年度“一会一品”品牌创建已经开启，不能重复开启");

        assertThat(rounds.findByYear(year).orElseThrow().getFundingPool()).isEqualByComparingTo("100000");
        assertThat(runtimeService
                        .createProcessInstanceQuery()
                        .processInstanceBusinessKeyLike(year + "/%")
                        .count())
                .isEqualTo(applications);
    }

    @Test
    void startFormDatesOverrideTheDefaults() {
        int year = unusedYear();
        runtimeService.startProcessInstanceByKey(
                KEY,
                Map.of(
                        ROUND_YEAR.name(),
                        year,
                        FUNDING_POOL.name(),
                        1000,
                        APPLICATION_DEADLINE.name(),
                        year + "-04-10",
                        REVIEW_START.name(),
                        year + "-04-15"));

        RoundSchedule schedule = rounds.findByYear(year).orElseThrow().getSchedule();
        assertThat(schedule.applicationDeadline()).isEqualTo(LocalDateTime.of(year, 4, 10, 23, 59, 59));
        assertThat(schedule.reviewStart()).isEqualTo(LocalDateTime.of(year, 4, 15, 8, 0));
    }

    @Test
    void negativePoolIsRefused() {
        int year = unusedYear();
        assertThatThrownBy(() -> openRound(year, -1)).hasMessageContaining("不能为负数");
        assertThat(rounds.existsByYear(year)).isFalse();
    }

    @Test
    void roundWhoseDeadlineHasPassedIsRefused() {
        assertThatThrownBy(() -> openRound(2020, 100000)).hasMessageContaining("2020年度的申报截止时间（2020-03-31）已过");
        assertThat(rounds.existsByYear(2020)).isFalse();
    }

    @Test
    void yearlyTimerOpensThatYearsRoundOnceOnTheFirstOfMarch() {
        Job timer = managementService
                .createJobQuery()
                .processDefinitionKey(YEARLY_KEY)
                .timers()
                .singleResult();
        LocalDateTime due = LocalDateTime.ofInstant(timer.getDuedate().toInstant(), ZoneId.systemDefault());
        assertThat(due.getMonthValue()).isEqualTo(3);
        assertThat(due.getDayOfMonth()).isEqualTo(1);
        assertThat(due.getHour()).isEqualTo(8);

        clock.setTo(LocalDateTime.of(2031, 3, 1, 8, 0));
        managementService.executeJob(timer.getId());

        BrandRound opened = rounds.findByYear(2031).orElseThrow();
        assertThat(opened.getFundingPool()).isEqualByComparingTo("200000");
        assertThat(opened.getSchedule().applicationDeadline()).isEqualTo(LocalDateTime.of(2031, 3, 31, 23, 59, 59));
        assertThat(runtimeService
                        .createProcessInstanceQuery()
                        .processDefinitionKey(KEY)
                        .processInstanceBusinessKey("2031")
                        .count())
                .isEqualTo(1);

        Job next = managementService
                .createJobQuery()
                .processDefinitionKey(YEARLY_KEY)
                .timers()
                .singleResult();
        assertThat(next.getId()).isNotEqualTo(timer.getId());
        managementService.executeJob(next.getId());
        assertThat(runtimeService
                        .createProcessInstanceQuery()
                        .processDefinitionKey(KEY)
                        .processInstanceBusinessKey("2031")
                        .count())
                .as("a round opened already is left alone")
                .isEqualTo(1);
    }

    @Test
    void yearlyTimerFiringAfterTheDeadlineLeavesAnIncidentInsteadOfAnOverdueRound() {
        Job timer = managementService
                .createJobQuery()
                .processDefinitionKey(YEARLY_KEY)
                .timers()
                .singleResult();
        clock.setTo(LocalDateTime.of(2032, 11, 25, 9, 0));

        assertThatThrownBy(() -> managementService.executeJob(timer.getId())).hasMessageContaining("已过");
        assertThat(rounds.existsByYear(2032)).isFalse();
        Job failed = managementService.createJobQuery().jobId(timer.getId()).singleResult();
        assertThat(failed.getRetries())
                .as("retried on yihui.jobs.retry-cycle, then an incident")
                .isEqualTo(2);
        assertThat(failed.getExceptionMessage()).contains("已过");

        // the yearly timer is shared by the other tests of this database: as it was
        managementService.setJobRetries(timer.getId(), timer.getRetries());
        managementService.setJobDuedate(timer.getId(), timer.getDuedate());
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }
}
