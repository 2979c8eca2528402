package cn.edu.jsnu.yihuiyipin.cultivation;

import static cn.edu.jsnu.yihuiyipin.process.BrandCultivationProcess.Elements.*;
import static org.assertj.core.api.Assertions.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import cn.edu.jsnu.yihuiyipin.process.BrandCultivationProcess;
import cn.edu.jsnu.yihuiyipin.process.BrandCultivationProcess.Vars;
import cn.edu.jsnu.yihuiyipin.process.BusinessKey;
import cn.edu.jsnu.yihuiyipin.process.SharedVariables;
import cn.edu.jsnu.yihuiyipin.project.BrandProject;
import cn.edu.jsnu.yihuiyipin.project.BrandRound;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatus;
import cn.edu.jsnu.yihuiyipin.project.RoundSchedule;
import cn.edu.jsnu.yihuiyipin.review.AcceptanceCriterion;
import cn.edu.jsnu.yihuiyipin.review.ExpertReview;
import cn.edu.jsnu.yihuiyipin.review.ReviewPhase;
import cn.edu.jsnu.yihuiyipin.support.MutableClock;
import cn.edu.jsnu.yihuiyipin.support.NoticeTimers;
import cn.edu.jsnu.yihuiyipin.support.TestRounds;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** One scenario per path through brand-cultivation; timers and async steps are driven through the job API. */
class BrandCultivationProcessTest extends AcceptancePanelTest {

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    ProgressReportRepository progressReports;

    @Autowired
    GuidanceRecordRepository guidanceRecords;

    @Autowired
    GuidanceRecords guidance;

    @Autowired
    ProjectSummaryRepository summaries;

    static final String WXY_UNION = "wxy-gh";

    @Autowired
    MutableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private static Instant instant(LocalDateTime time) {
        return time.atZone(ZoneId.systemDefault()).toInstant();
    }

    CultivationDriver driver;
    BrandRound round;
    BrandProject project;

    @BeforeEach
    void setUp() {
        driver = new CultivationDriver(runtimeService, taskService, jobs);
        round = testRounds.newRound();
        project = testRounds.publishedProject(round, WXY_UNION, "书香文苑读书会");
    }

    private ProcessInstance start() {
        return runtimeService.startProcessInstanceByKey(
                BrandCultivationProcess.KEY,
                BusinessKey.ofUnit(round.getYear(), WXY_UNION).toString(),
                Map.of(SharedVariables.PROJECT_ID.name(), project.getId()));
    }

    private ProjectStatus status() {
        return projects.findById(project.getId()).orElseThrow().getStatus();
    }

    @Test
    void preparationSetsGroupsDatesAndBuildingStatus() {
        ProcessInstance pi = start();

        assertThat(pi)
                .isActive()
                .hasPassed(TASK_PREPARE)
                .isWaitingAt(TIMER_ACCEPTANCE_DATE)
                .variables()
                .containsEntry(SharedVariables.UNIT_GROUP.name(), "unit-wxy-gh")
                .containsEntry(SharedVariables.OFFICE_GROUP.name(), "union-office")
                .containsEntry(SharedVariables.EXPERT_GROUP.name(), "experts-union")
                .containsEntry(SharedVariables.UNIT_NAME.name(), "文学院分工会")
                .containsEntry(SharedVariables.ROUND_YEAR.name(), round.getYear())
                .containsEntry(Vars.APPROVED_FUNDING.name(), "8000.00")
                .containsEntry(Vars.PROGRESS_REPORT_CYCLE.name(), "R/P3M");
        assertThat(jobs.at(TIMER_ACCEPTANCE_DATE, pi).getDuedate())
                .as("the round's acceptance start")
                .isEqualTo(java.sql.Timestamp.valueOf(LocalDateTime.of(round.getYear() + 1, 1, 5, 8, 0)));
        assertThat(status()).isEqualTo(ProjectStatus.BUILDING);
    }

    @Test
    void timerCycleOpensProgressReportsEachFollowedByGuidance() {
        ProcessInstance pi = start();
        execute(jobs.at(START_PROGRESS_REPORT_DUE, pi));
        execute(jobs.at(START_PROGRESS_REPORT_DUE, pi));

        List<Task> reports = driver.tasksAt(TASK_SUBMIT_PROGRESS_REPORT, pi);
        assertThat(reports).hasSize(2);
        assertThat(reports)
                .extracting(t -> taskService.getVariable(t.getId(), Vars.PERIOD_NO.name()))
                .containsExactlyInAnyOrder(1, 2);
        assertThat(reports.get(0)).hasCandidateGroup("unit-wxy-gh");
        Task first = reports.stream()
                .filter(t -> Integer.valueOf(1).equals(taskService.getVariable(t.getId(), Vars.PERIOD_NO.name())))
                .findFirst()
                .orElseThrow();
        Task second = reports.stream().filter(t -> t != first).findFirst().orElseThrow();

        taskService.complete(
                second.getId(),
                Map.of(
                        Vars.ACTIVITIES.name(),
                        "教师领读活动",
                        Vars.PARTICIPANTS.name(),
                        35,
                        Vars.FUNDING_SPENT.name(),
                        "3000"));
        taskService.complete(
                first.getId(),
                Map.of(
                        Vars.ACTIVITIES.name(),
                        "读书沙龙：《乡土中国》",
                        Vars.ACTIVITY_DATES.name(),
                        "2030-05-12",
                        Vars.PARTICIPANTS.name(),
                        42,
                        Vars.PHOTO_LINKS.name(),
                        "https://pan.jsnu.edu.cn/p1",
                        Vars.PUBLICITY_LINKS.name(),
                        "https://wxy.jsnu.edu.cn/news/1",
                        Vars.FUNDING_SPENT.name(),
                        1200.5));

        // each period keeps its own report: nothing leaks into the process instance's scope
        assertThat(runtimeService.getVariableLocal(pi.getId(), Vars.ACTIVITIES.name()))
                .isNull();
        List<Task> guidanceTasks = driver.tasksAt(TASK_GUIDE_PROJECT, pi);
        assertThat(guidanceTasks).hasSize(2);
        assertThat(guidanceTasks)
                .extracting(t -> taskService.getVariable(t.getId(), Vars.ACTIVITIES.name()))
                .containsExactlyInAnyOrder("读书沙龙：《乡土中国》", "教师领读活动");
        Task guidanceOnFirst = guidanceTasks.stream()
                .filter(t -> "读书沙龙：《乡土中国》".equals(taskService.getVariable(t.getId(), Vars.ACTIVITIES.name())))
                .findFirst()
                .orElseThrow();
        taskService.complete(
                guidanceOnFirst.getId(), Map.of(Vars.ADVICE.name(), "加强新媒体宣传", Vars.RATING.name(), "ON_TRACK"));

        List<ProgressReport> stored = progressReports.findByProjectIdOrderByPeriodNoAscIdAsc(project.getId());
        assertThat(stored).extracting(ProgressReport::getPeriodNo).containsExactly(1, 2);
        assertThat(stored.get(0).content().fundingSpent()).isEqualByComparingTo("1200.50");
        assertThat(stored.get(0).content().participants()).isEqualTo(42);
        assertThat(guidanceRecords.findByProjectIdOrderById(project.getId()))
                .singleElement()
                .satisfies(g -> {
                    assertThat(g.getProgressReportId()).isEqualTo(stored.get(0).getId());
                    assertThat(g.getRating()).isEqualTo(ProgressRating.ON_TRACK);
                    assertThat(g.getAdvisor()).isEqualTo("union-office");
                });
        assertThat(runtimeService.getVariableLocal(pi.getId(), Vars.ADVICE.name()))
                .isNull();

        // the acceptance date ends the building period: the open guidance task goes, the summary comes prefilled
        execute(jobs.at(TIMER_ACCEPTANCE_DATE, pi));
        assertThat(pi).isWaitingAt(TASK_SUBMIT_SUMMARY).hasPassed(END_BUILDING_PERIOD_OVER);
        assertThat(driver.tasksAt(TASK_GUIDE_PROJECT, pi)).isEmpty();
        assertThat(jobs.at(START_PROGRESS_REPORT_DUE, pi)).isNull();
        assertThat((String) runtimeService.getVariable(pi.getId(), Vars.IMPLEMENTATION.name()))
                .contains("第1期")
                .contains("《乡土中国》")
                .contains("第2期")
                .contains("教师领读活动");
        assertThat(runtimeService.getVariable(pi.getId(), Vars.FUNDING_USED.name()))
                .isEqualTo("3000.00");
        assertThat(runtimeService.getVariable(pi.getId(), Vars.MATERIALS.name()))
                .isEqualTo("https://pan.jsnu.edu.cn/p1");
    }

    /** The reminders and the guidance's escalation fire beside their tasks and leave them open. */
    @Test
    void reminderAndEscalationTimersLeaveTheirTasksOpen() {
        NoticeTimers timers = new NoticeTimers(managementService, taskService);
        ProcessInstance pi = start();
        execute(jobs.at(START_PROGRESS_REPORT_DUE, pi));
        timers.remind(pi, TASK_SUBMIT_PROGRESS_REPORT);
        taskService.complete(
                driver.tasksAt(TASK_SUBMIT_PROGRESS_REPORT, pi).get(0).getId(),
                Map.of(
                        Vars.ACTIVITIES.name(),
                        "教师领读活动",
                        Vars.PARTICIPANTS.name(),
                        35,
                        Vars.FUNDING_SPENT.name(),
                        "3000"));
        timers.remind(pi, TASK_GUIDE_PROJECT);
        timers.escalate(pi, TASK_GUIDE_PROJECT);
        driver.reachSummary(pi);
        timers.remind(pi, TASK_SUBMIT_SUMMARY);
        driver.submitSummary(pi);
        timers.remind(pi, TASK_ACCEPTANCE_REVIEW);
        driver.allExpertsScore(pi, 18);

        assertThat(pi)
                .hasPassed(
                        "EndEvent_Remind_SubmitProgressReport",
                        "EndEvent_Escalate_GuideProject",
                        "EndEvent_Remind_SubmitSummary",
                        "EndEvent_Remind_AcceptanceReview")
                .isEnded();
        assertThat(status()).isEqualTo(ProjectStatus.PASSED);
    }

    @Test
    void progressReportWithoutActivitiesStaysOpen() {
        ProcessInstance pi = start();
        execute(jobs.at(START_PROGRESS_REPORT_DUE, pi));
        Task report = task(TASK_SUBMIT_PROGRESS_REPORT, pi);

        assertThatThrownBy(() -> taskService.complete(report.getId(), Map.of(Vars.FUNDING_SPENT.name(), "12.345")))
                .hasMessageContaining("开展的活动");
        assertThatThrownBy(() -> taskService.complete(
                        report.getId(), Map.of(Vars.ACTIVITIES.name(), "沙龙", Vars.FUNDING_SPENT.name(), "-1")))
                .hasMessageContaining("“累计已使用经费（元）”格式不正确");
        assertThat(pi).isWaitingAt(TASK_SUBMIT_PROGRESS_REPORT);
        assertThat(progressReports.findByProjectIdOrderByPeriodNoAscIdAsc(project.getId()))
                .isEmpty();
    }

    /**
     * The clock tests move the engine's clock too, and MySQL's TIMESTAMP ends in 2038: their round's
     * dates lie in 2030/31 whatever its (unique, far-future) year.
     */
    private void roundOfTheClockTests() {
        int year = 2030;
        round = rounds.save(new BrandRound(
                TestRounds.unusedYear(),
                new BigDecimal("200000.00"),
                new RoundSchedule(
                        LocalDateTime.of(year, 3, 31, 23, 59, 59),
                        LocalDateTime.of(year, 4, 1, 8, 0),
                        LocalDateTime.of(year, 4, 30, 23, 59, 59),
                        LocalDateTime.of(year + 1, 1, 5, 8, 0),
                        LocalDateTime.of(year + 1, 1, 31, 23, 59, 59))));
        project = testRounds.publishedProject(round, WXY_UNION, "书香文苑读书会");
    }

    @Test
    void progressReportIsDueWhenTheNextPeriodStarts_aMissedOneIsRecordedAndTheOfficeGuides() {
        roundOfTheClockTests();
        clock.setTo(LocalDateTime.of(2030, 5, 10, 9, 0));
        ProcessInstance pi = start();
        execute(jobs.at(START_PROGRESS_REPORT_DUE, pi));

        Task report = task(TASK_SUBMIT_PROGRESS_REPORT, pi);
        Instant nextPeriod = instant(LocalDateTime.of(2030, 8, 10, 9, 0));
        assertThat(report.getDueDate().toInstant())
                .as("Tasklist shows the due date")
                .isEqualTo(nextPeriod);
        Job overdue = jobs.at(TIMER_PROGRESS_REPORT_OVERDUE, pi);
        assertThat(overdue.getDuedate().toInstant()).isEqualTo(nextPeriod);

        execute(overdue);

        assertThat(driver.tasksAt(TASK_SUBMIT_PROGRESS_REPORT, pi))
                .as("the report closes")
                .isEmpty();
        String note = "逾期未报：截至 2030-08-10 09:00 未提交第1期阶段进展";
        ProgressReport missed = progressReports
                .findByProjectIdOrderByPeriodNoAscIdAsc(project.getId())
                .get(0);
        assertThat(missed.isMissed()).isTrue();
        assertThat(missed.getPeriodNo()).isEqualTo(1);
        assertThat(missed.content().activities()).isEqualTo(note);
        Task guidance = task(TASK_GUIDE_PROJECT, pi);
        assertThat(guidance).hasCandidateGroup("union-office");
        assertThat(taskService.getVariable(guidance.getId(), Vars.ACTIVITIES.name()))
                .as("the office sees the miss in place of the report")
                .isEqualTo(note);
        taskService.complete(
                guidance.getId(), Map.of(Vars.ADVICE.name(), "已电话督促，下期按时报送", Vars.RATING.name(), "BEHIND"));
        assertThat(guidanceRecords.findByProjectIdOrderById(project.getId()))
                .singleElement()
                .satisfies(g -> assertThat(g.getProgressReportId()).isEqualTo(missed.getId()));

        // the next quarter opens one new report: the missed one is not left beside it
        clock.setTo(LocalDateTime.of(2030, 8, 10, 9, 0));
        execute(jobs.at(START_PROGRESS_REPORT_DUE, pi));
        assertThat(driver.tasksAt(TASK_SUBMIT_PROGRESS_REPORT, pi))
                .singleElement()
                .satisfies(next -> {
                    assertThat(taskService.getVariable(next.getId(), Vars.PERIOD_NO.name()))
                            .isEqualTo(2);
                    assertThat(next.getDueDate().toInstant()).isEqualTo(instant(LocalDateTime.of(2030, 11, 10, 9, 0)));
                });

        driver.reachSummary(pi);
        assertThat((String) runtimeService.getVariable(pi.getId(), Vars.PROGRESS_DIGEST.name()))
                .isEqualTo("第1期：" + note);
        assertThat(runtimeService.getVariable(pi.getId(), Vars.IMPLEMENTATION.name()))
                .as("a missed period is nothing to prefill the implementation with")
                .isNull();
    }

    @Test
    void reportDueAtTheAcceptanceDate_closesWithTheBuildingPeriodWithoutAMiss() {
        roundOfTheClockTests();
        clock.setTo(LocalDateTime.of(2030, 12, 1, 9, 0));
        ProcessInstance pi = start();
        execute(jobs.at(START_PROGRESS_REPORT_DUE, pi));

        Task report = task(TASK_SUBMIT_PROGRESS_REPORT, pi);
        assertThat(report.getDueDate().toInstant())
                .as("the next quarter starts after the acceptance date: due at the acceptance date")
                .isEqualTo(instant(LocalDateTime.of(2031, 1, 5, 8, 0)));
        assertThat(jobs.at(TIMER_PROGRESS_REPORT_OVERDUE, pi).getDuedate().toInstant())
                .as("after the building period: the timer never races the acceptance date")
                .isEqualTo(instant(LocalDateTime.of(2031, 1, 31, 23, 59, 59)));

        driver.reachSummary(pi);

        assertThat(driver.tasksAt(TASK_SUBMIT_PROGRESS_REPORT, pi)).isEmpty();
        assertThat(progressReports.findByProjectIdOrderByPeriodNoAscIdAsc(project.getId()))
                .isEmpty();
    }

    @Test
    void officeWithdrawsTheProject_itEndsAsWithdrawnAndNothingElseHappens() {
        ProcessInstance pi = start();
        execute(jobs.at(START_PROGRESS_REPORT_DUE, pi));
        Task withdraw = task(TASK_WITHDRAW_PROJECT, pi);
        assertThat(withdraw).hasCandidateGroup("union-office");

        taskService.complete(
                withdraw.getId(),
                Map.of(Vars.WITHDRAWAL_CONFIRMED.name(), true, Vars.WITHDRAWAL_REASON.name(), "负责人调离，活动无法继续开展"));

        assertThat(pi)
                .isEnded()
                .hasPassed(
                        END_WITHDRAWAL_DECIDED,
                        BOUNDARY_PROJECT_WITHDRAWN,
                        TASK_RECORD_WITHDRAWAL,
                        END_PROJECT_WITHDRAWN)
                .hasNotPassed(TASK_COMPOSE_DIGEST, TASK_SUBMIT_SUMMARY, END_BUILDING_PERIOD_OVER);
        assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).count())
                .as("the report, the guidance and the withdrawal tasks are gone")
                .isZero();
        assertThat(managementService
                        .createJobQuery()
                        .processInstanceId(pi.getId())
                        .count())
                .as("no timer is left to open a report or the summary")
                .isZero();
        BrandProject withdrawn = projects.findById(project.getId()).orElseThrow();
        assertThat(withdrawn.getStatus()).isEqualTo(ProjectStatus.WITHDRAWN_BY_OFFICE);
        assertThat(withdrawn.getStatus().label()).isEqualTo("已撤项");
        assertThat(withdrawn.getApprovedFunding())
                .as("the funding granted is recorded as is")
                .isEqualByComparingTo("8000");
        assertThat(withdrawn.getAcceptancePassed()).isNull();
        assertThat(statusHistory.findByProjectIdOrderById(project.getId()))
                .last()
                .satisfies(change ->
                        assertThat(change.getNote()).isEqualTo("撤项（校工会）：负责人调离，活动无法继续开展；已核定建设经费 8000.00 元按原额记录"));
    }

    @Test
    void withdrawalWithoutConfirmationOrReason_isRefusedAndTheBuildingGoesOn() {
        ProcessInstance pi = start();
        Task withdraw = task(TASK_WITHDRAW_PROJECT, pi);

        assertThatThrownBy(() -> taskService.complete(withdraw.getId(), Map.of(Vars.WITHDRAWAL_REASON.name(), "理由")))
                .hasMessageContaining("请勾选“确认撤销该项目”");
        assertThatThrownBy(() -> taskService.complete(
                        withdraw.getId(),
                        Map.of(Vars.WITHDRAWAL_CONFIRMED.name(), true, Vars.WITHDRAWAL_REASON.name(), " ")))
                .hasMessageContaining("撤项理由");
        assertThatThrownBy(() -> taskService.complete(
                        withdraw.getId(),
                        Map.of(
                                Vars.WITHDRAWAL_CONFIRMED.name(),
                                true,
                                Vars.WITHDRAWAL_REASON.name(),
                                "长".repeat(2001))))
                .hasMessageContaining("不能超过 2000 字");

        assertThat(pi).isWaitingAt(TASK_WITHDRAW_PROJECT, TIMER_ACCEPTANCE_DATE);
        assertThat(status()).isEqualTo(ProjectStatus.BUILDING);
        driver.reachSummary(pi);
        assertThat(driver.tasksAt(TASK_WITHDRAW_PROJECT, pi))
                .as("the withdrawal task closes with the building period")
                .isEmpty();
    }

    @Test
    void guidanceAtAnyTimeIsNoStandingTaskButRecordedLikeTheTasklistForm() {
        ProcessInstance pi = start();

        assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).list())
                .as("the building period keeps only the office's 撤销项目 open")
                .extracting(Task::getTaskDefinitionKey)
                .containsExactly(TASK_WITHDRAW_PROJECT);
        assertThatThrownBy(() -> guidance.recordAnytime(project.getId(), "union-staff", " ", "BEHIND"))
                .hasMessageContaining("指导意见");
        assertThatThrownBy(() -> guidance.recordAnytime(project.getId(), "union-staff", "意见", "SOON"))
                .hasMessageContaining("未知的推进情况评价");
        guidance.recordAnytime(project.getId(), "union-staff", "请尽快开展第一次活动", "BEHIND");

        assertThat(pi).isWaitingAt(TASK_WITHDRAW_PROJECT, TIMER_ACCEPTANCE_DATE);
        assertThat(guidanceRecords.findByProjectIdOrderById(project.getId()))
                .singleElement()
                .satisfies(g -> {
                    assertThat(g.getProgressReportId()).isNull();
                    assertThat(g.getTaskId()).isNull();
                    assertThat(g.getAdvisor()).isEqualTo("union-staff");
                    assertThat(g.getAdvice()).isEqualTo("请尽快开展第一次活动");
                    assertThat(g.getRating()).isEqualTo(ProgressRating.BEHIND);
                });

        driver.reachSummary(pi);
        assertThatThrownBy(() -> guidance.recordAnytime(project.getId(), "union-staff", "迟到的指导", "BEHIND"))
                .as("the building period is over")
                .hasMessageContaining("不在建设期");
    }

    @Test
    void summaryOnTimeAndGoodScores_passes() {
        ProcessInstance pi = start();
        driver.reachSummary(pi);
        assertThat(runtimeService.getVariable(pi.getId(), Vars.PROGRESS_DIGEST.name()))
                .isEqualTo("建设期内未提交阶段进展报告。");

        driver.submitSummary(pi);
        assertThat(status()).isEqualTo(ProjectStatus.SUMMARY_SUBMITTED);
        assertThat(summaries.findByProjectId(project.getId())).hasValueSatisfying(s -> {
            assertThat(s.content().fundingUsed()).isEqualByComparingTo("7650.50");
            assertThat(s.content().results()).isEqualTo("形成“书香文苑”品牌");
        });
        List<String> experts = driver.experts(pi);
        assertThat(experts).containsAll(UNION_EXPERTS).doesNotContain(RECUSED_EXPERT);
        assertThat(driver.tasksAt(TASK_ACCEPTANCE_REVIEW, pi))
                .extracting(Task::getAssignee)
                .containsExactlyInAnyOrderElementsOf(experts);

        driver.allExpertsScore(pi, 18);

        assertThat(pi).isEnded().hasPassed(TASK_SCORE_ACCEPTANCE, END_PASSED).hasNotPassed(END_FAILED);
        BrandProject scored = projects.findById(project.getId()).orElseThrow();
        assertThat(scored.getStatus()).isEqualTo(ProjectStatus.PASSED);
        assertThat(scored.getAcceptanceScore()).isEqualByComparingTo("90");
        assertThat(scored.getAcceptancePassed()).isTrue();
        assertThat(scored.getAcceptedAt()).isNotNull();
        assertThat(expertReviews.findByProjectIdAndPhaseOrderById(project.getId(), ReviewPhase.ACCEPTANCE))
                .hasSize(experts.size())
                .allSatisfy(
                        r -> assertThat(r.getScores()).containsEntry("GOAL", 18).hasSize(5));
    }

    @Test
    void acceptanceReviewDeadlinePasses_onlySubmittedScoresCount() {
        ProcessInstance pi = start();
        driver.reachSummary(pi);
        driver.submitSummary(pi);
        Task first = driver.tasksAt(TASK_ACCEPTANCE_REVIEW, pi).get(0);
        assertThat(first.getDueDate())
                .isEqualTo(jobs.at(TIMER_ACCEPTANCE_REVIEW_DEADLINE, pi).getDuedate());
        assertThat(first.getDueDate())
                .as("the panel scores by the round's acceptance deadline, never in February")
                .isEqualTo(java.sql.Timestamp.valueOf(LocalDateTime.of(round.getYear() + 1, 1, 31, 23, 59, 59)));
        // the panel holds every member of experts-union the test database knows: more than half must score
        List<Task> reviews = driver.tasksAt(TASK_ACCEPTANCE_REVIEW, pi);
        int quorum = reviews.size() / 2 + 1;
        for (Task review : reviews.subList(0, quorum)) {
            taskService.complete(review.getId(), CultivationDriver.scores(17));
        }

        execute(jobs.at(TIMER_ACCEPTANCE_REVIEW_DEADLINE, pi));

        assertThat(pi).isEnded().hasPassed(END_PASSED);
        assertThat(driver.tasksAt(TASK_ACCEPTANCE_REVIEW, pi)).isEmpty();
        assertThat(projects.findById(project.getId()).orElseThrow().getAcceptanceScore())
                .isEqualByComparingTo("85");
        assertThat(expertReviews.findByProjectIdAndPhaseOrderById(project.getId(), ReviewPhase.ACCEPTANCE))
                .hasSize(quorum);
    }

    @Test
    void fewerScoresThanTheQuorum_failWithoutAnIncident() {
        ProcessInstance pi = start();
        driver.reachSummary(pi);
        driver.submitSummary(pi);
        int quorum = driver.experts(pi).size() / 2 + 1;
        taskService.complete(driver.tasksAt(TASK_ACCEPTANCE_REVIEW, pi).get(0).getId(), CultivationDriver.scores(20));

        execute(jobs.at(TIMER_ACCEPTANCE_REVIEW_DEADLINE, pi));

        assertThat(pi).isEnded().hasPassed(END_FAILED);
        assertThat(runtimeService
                        .createIncidentQuery()
                        .processInstanceId(pi.getId())
                        .count())
                .isZero();
        assertThat(status()).isEqualTo(ProjectStatus.FAILED);
        assertThat(projects.findById(project.getId()).orElseThrow().getAcceptanceScore())
                .isNull();
        assertThat(statusHistory.findByProjectIdOrderById(project.getId()))
                .last()
                .extracting(change -> change.getNote())
                .isEqualTo("未形成验收得分：有效评分 1 份，未达法定人数 " + quorum + " 份");
    }

    @Test
    void lowScores_fail() {
        ProcessInstance pi = start();
        driver.reachSummary(pi);
        driver.submitSummary(pi);

        driver.allExpertsScore(pi, 13);

        assertThat(pi).isEnded().hasPassed(END_FAILED).hasNotPassed(END_PASSED);
        assertThat(status()).isEqualTo(ProjectStatus.FAILED);
        assertThat(projects.findById(project.getId()).orElseThrow().getAcceptanceScore())
                .isEqualByComparingTo("65");
    }

    @Test
    void summaryMissesTheDeadline_failsAsOverdue() {
        ProcessInstance pi = start();
        driver.reachSummary(pi);
        Job deadline = jobs.at(TIMER_SUMMARY_DEADLINE, pi);
        assertThat(deadline.getDuedate())
                .as("the minimum review days before the round's acceptance deadline")
                .isEqualTo(java.sql.Timestamp.valueOf(LocalDateTime.of(round.getYear() + 1, 1, 24, 23, 59, 59)));

        execute(deadline);

        assertThat(pi).isEnded().hasPassed(END_SUMMARY_OVERDUE).hasNotPassed(TASK_ASSIGN_EXPERTS);
        assertThat(status()).isEqualTo(ProjectStatus.SUMMARY_OVERDUE);
        assertThat(projects.findById(project.getId()).orElseThrow().getAcceptancePassed())
                .isFalse();
        assertThat(summaries.findByProjectId(project.getId())).isEmpty();
    }

    @Test
    void invalidScoreKeepsTheReviewOpen_andAResubmissionUpdatesTheExpertsRow() {
        ProcessInstance pi = start();
        driver.reachSummary(pi);
        driver.submitSummary(pi);
        String expert = UNION_EXPERTS.get(0);
        ExpertReview stale = new ExpertReview(project.getId(), ReviewPhase.ACCEPTANCE, expert);
        stale.record(Map.of("GOAL", 1), "旧评分", null, LocalDateTime.now());
        expertReviews.save(stale);
        Task review = taskService
                .createTaskQuery()
                .processInstanceId(pi.getId())
                .taskAssignee(expert)
                .singleResult();

        Map<String, Object> tooHigh = CultivationDriver.scores(18);
        tooHigh.put(AcceptanceCriterion.FEATURE.variable(), 25);
        assertThatThrownBy(() -> taskService.complete(review.getId(), tooHigh)).hasMessageContaining("0–20");
        Map<String, Object> fraction = CultivationDriver.scores(18);
        fraction.put(AcceptanceCriterion.GOAL.variable(), 17.5);
        assertThatThrownBy(() -> taskService.complete(review.getId(), fraction)).hasMessageContaining("整数");
        Map<String, Object> missing = CultivationDriver.scores(18);
        missing.remove(AcceptanceCriterion.EFFECT.variable());
        assertThatThrownBy(() -> taskService.complete(review.getId(), missing)).hasMessageContaining("活动成效");
        assertThat(taskService.createTaskQuery().taskId(review.getId()).count()).isOne();

        taskService.complete(review.getId(), CultivationDriver.scores(16));

        assertThat(expertReviews.findByProjectIdAndPhaseOrderById(project.getId(), ReviewPhase.ACCEPTANCE))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.getId()).isEqualTo(stale.getId());
                    assertThat(r.getTotal()).isEqualByComparingTo("80");
                    assertThat(r.getOpinion()).isEqualTo("汇报清楚，成效明显");
                });
        // scores are task-local: the sibling experts' tasks and the instance see none of them
        assertThat(runtimeService.getVariable(pi.getId(), AcceptanceCriterion.GOAL.variable()))
                .isNull();
    }

    @Test
    void deploymentHoldsTheModelAndItsForms() {
        String deploymentId = repositoryService
                .createProcessDefinitionQuery()
                .processDefinitionKey(BrandCultivationProcess.KEY)
                .latestVersion()
                .singleResult()
                .getDeploymentId();
        assertThat(repositoryService.getDeploymentResourceNames(deploymentId))
                .anyMatch(name -> name.endsWith("brand-cultivation.bpmn"))
                .anyMatch(name -> name.endsWith("progress-report.form"))
                .anyMatch(name -> name.endsWith("guidance.form"))
                .anyMatch(name -> name.endsWith("acceptance-summary.form"))
                .anyMatch(name -> name.endsWith("acceptance-review.form"))
                .anyMatch(name -> name.endsWith("award-confirmation.form"));
    }
}
