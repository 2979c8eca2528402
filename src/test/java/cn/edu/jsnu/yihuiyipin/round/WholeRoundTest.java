package cn.edu.jsnu.yihuiyipin.round;

import static cn.edu.jsnu.yihuiyipin.process.BrandCultivationProcess.Elements.*;
import static org.assertj.core.api.Assertions.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import cn.edu.jsnu.yihuiyipin.cultivation.AcceptancePanelTest;
import cn.edu.jsnu.yihuiyipin.cultivation.CultivationDriver;
import cn.edu.jsnu.yihuiyipin.cultivation.GuidanceRecordRepository;
import cn.edu.jsnu.yihuiyipin.cultivation.ProgressReportRepository;
import cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess;
import cn.edu.jsnu.yihuiyipin.process.BrandCultivationProcess;
import cn.edu.jsnu.yihuiyipin.process.BrandRoundProcess;
import cn.edu.jsnu.yihuiyipin.process.SharedVariables;
import cn.edu.jsnu.yihuiyipin.project.BrandProject;
import cn.edu.jsnu.yihuiyipin.project.BrandRound;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatus;
import cn.edu.jsnu.yihuiyipin.project.RoundStatus;
import cn.edu.jsnu.yihuiyipin.project.RoundStatusChangeRepository;
import cn.edu.jsnu.yihuiyipin.review.ExpertReview;
import cn.edu.jsnu.yihuiyipin.review.ReviewPhase;
import cn.edu.jsnu.yihuiyipin.support.ApplicationSteps;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One whole round, March to the published awards: open the round, three units apply and the rest
 * decline, review, approval with funding, building with a progress report and guidance, acceptance,
 * awards. Timers are fired through the job API; every result is read back from the database.
 */
class WholeRoundTest extends AcceptancePanelTest {

    @Autowired
    ProgressReportRepository progressReports;

    @Autowired
    GuidanceRecordRepository guidanceRecords;

    @Autowired
    RoundStatusChangeRepository roundHistory;

    private Task officeTask(ProcessInstance round, String taskKey, String officeGroup) {
        return taskService
                .createTaskQuery()
                .processInstanceId(round.getId())
                .taskDefinitionKey(taskKey)
                .taskCandidateGroup(officeGroup)
                .singleResult();
    }

    private ProcessInstance application(ProcessInstance round, int year, String unitCode) {
        return calledInstance(round, BrandApplicationProcess.KEY, year, unitCode);
    }

    private ProcessInstance cultivation(ProcessInstance round, int year, String unitCode) {
        return calledInstance(round, BrandCultivationProcess.KEY, year, unitCode);
    }

    @Test
    void roundRunsFromOpeningToPublishedAwards() {
        int year = unusedYear();
        CultivationDriver driver = new CultivationDriver(runtimeService, taskService, jobs);

        // 三月：开启年度申报, three units apply, the others declare 本年度不申报
        ProcessInstance round = runtimeService.startProcessInstanceByKey(
                BrandRoundProcess.KEY,
                Map.of(SharedVariables.ROUND_YEAR.name(), year, BrandRoundProcess.Vars.FUNDING_POOL.name(), 30000));
        // each unit's application starts in a job of its own (asyncBefore on the multi-instance)
        executeAsyncContinuationsUntilNone(round.getId());
        // 四月一日：the review opens (each application's own timer opens its review below)
        execute(job(BrandRoundProcess.Elements.TIMER_REVIEW_STARTS, round));
        ApplicationSteps.applyAndGetApproved(
                managementService,
                application(round, year, "wxy-gh"),
                BrandApplicationProcess.Elements.TASK_FORMAL_CHECK_UNION,
                ApplicationSteps.application("书香文苑读书会", "CULTURE", 12000),
                19);
        ApplicationSteps.applyAndGetApproved(
                managementService,
                application(round, year, "jsj-gh"),
                BrandApplicationProcess.Elements.TASK_FORMAL_CHECK_UNION,
                ApplicationSteps.application("青年教师成长营", "ACHIEVEMENT", 15000),
                17);
        ApplicationSteps.applyAndGetApproved(
                managementService,
                application(round, year, "wgy-fw"),
                BrandApplicationProcess.Elements.TASK_FORMAL_CHECK_WOMEN,
                ApplicationSteps.application("巾帼外语沙龙", "GENERAL", 10000),
                18);
        for (ProcessInstance other : runtimeService
                .createProcessInstanceQuery()
                .superProcessInstanceId(round.getId())
                .list()) {
            complete(
                    task(BrandApplicationProcess.Elements.TASK_FILL_APPLICATION, other),
                    withVariables(BrandApplicationProcess.Vars.NOT_APPLYING.name(), true));
        }
        executeAsyncContinuationsUntilNone(round.getId());

        // 四月：核定建设经费 and 立项公示审定
        BrandRound saved = rounds.findByYear(year).orElseThrow();
        assertThat(round).isWaitingAt(BrandRoundProcess.Elements.TASK_CONFIRM_APPROVED_LIST);
        for (String office : List.of("union-office", "women-office")) {
            complete(
                    officeTask(round, BrandRoundProcess.Elements.TASK_CONFIRM_APPROVED_LIST, office),
                    withVariables(BrandRoundProcess.Vars.APPROVED_LIST_CONFIRMED.name(), true));
        }
        executeAsyncContinuationsUntilNone(round.getId());
        // scores 95, 85, 90 take 100 %, 80 %, 100 %: 12000 + 12000 + 10000 = 34000 > 30000, so scaled by 30/34
        assertThat(project(saved.getId(), "wxy-gh").getApprovedFunding()).isEqualByComparingTo("10500");
        assertThat(project(saved.getId(), "jsj-gh").getApprovedFunding()).isEqualByComparingTo("10500");
        assertThat(project(saved.getId(), "wgy-fw").getApprovedFunding()).isEqualByComparingTo("8800");

        // 过程培育: one brand-cultivation per published project
        assertThat(round).isWaitingAt(BrandRoundProcess.Elements.CALL_CULTIVATION);
        assertThat(rounds.findById(saved.getId()).orElseThrow().getStatus()).isEqualTo(RoundStatus.CULTIVATION);
        ProcessInstance wxy = cultivation(round, year, "wxy-gh");
        ProcessInstance jsj = cultivation(round, year, "jsj-gh");
        ProcessInstance wgy = cultivation(round, year, "wgy-fw");
        execute(jobs.at(START_PROGRESS_REPORT_DUE, wxy));
        complete(
                task(TASK_SUBMIT_PROGRESS_REPORT, wxy),
                withVariables(
                        BrandCultivationProcess.Vars.ACTIVITIES.name(),
                        "读书沙龙四次",
                        BrandCultivationProcess.Vars.PARTICIPANTS.name(),
                        120,
                        BrandCultivationProcess.Vars.FUNDING_SPENT.name(),
                        4000));
        Task guidance = task(TASK_GUIDE_PROJECT, wxy);
        taskService.complete(
                guidance.getId(),
                Map.of(
                        BrandCultivationProcess.Vars.ADVICE.name(),
                        "注重积累活动图片和宣传报道",
                        BrandCultivationProcess.Vars.RATING.name(),
                        "ON_TRACK"));

        // 次年1月：评估验收
        execute(job(BrandRoundProcess.Elements.TIMER_ACCEPTANCE_STARTS, round));
        assertThat(rounds.findById(saved.getId()).orElseThrow().getStatus()).isEqualTo(RoundStatus.ACCEPTANCE);
        for (ProcessInstance cultivation : List.of(wxy, jsj, wgy)) {
            driver.reachSummary(cultivation);
            driver.submitSummary(cultivation);
        }
        driver.allExpertsScore(wxy, 19);
        driver.allExpertsScore(jsj, 16);
        driver.allExpertsScore(wgy, 10);
        executeAsyncContinuationsUntilNone(round.getId());

        // 表彰奖励
        assertThat(round).isWaitingAt(BrandRoundProcess.Elements.TASK_CONFIRM_AWARDS);
        assertThat(officeTask(round, BrandRoundProcess.Elements.TASK_CONFIRM_AWARDS, "women-office"))
                .as("nothing of 校妇联 passed: its office has no ranking to confirm")
                .isNull();
        Long secondId = project(saved.getId(), "jsj-gh").getId();
        complete(
                officeTask(round, BrandRoundProcess.Elements.TASK_CONFIRM_AWARDS, "union-office"),
                withVariables(
                        "overrideProjectId",
                        String.valueOf(secondId),
                        "overrideTier",
                        "EXCELLENT",
                        "overrideReason",
                        "宣传材料不足"));
        Task again = officeTask(round, BrandRoundProcess.Elements.TASK_CONFIRM_AWARDS, "union-office");
        assertThat(again)
                .as("after an adjustment the office reviews the refreshed ranking")
                .isNotNull();
        assertThat(taskService.getVariable(again.getId(), "overrideProjectId")).isNull();
        assertThat((String) taskService.getVariable(again.getId(), "awardRanking"))
                .contains("宣传材料不足");
        complete(again);
        executeAsyncContinuationsUntilNone(round.getId());
        assertThat(round).isEnded().hasPassed(BrandRoundProcess.Elements.END_ROUND_CLOSED);
        assertThat(roundHistory.findByRoundIdOrderById(saved.getId()))
                .as("the round's phases, each once and in order")
                .extracting(change -> change.getStatus().name())
                .containsExactly(
                        "APPLICATION", "APPROVAL", "PUBLISHED", "CULTIVATION", "ACCEPTANCE", "AWARDING", "CLOSED");

        assertThat(rounds.findById(saved.getId()).orElseThrow().getStatus()).isEqualTo(RoundStatus.CLOSED);
        BrandProject first = project(saved.getId(), "wxy-gh");
        assertThat(first.getStatus()).isEqualTo(ProjectStatus.AWARDED);
        assertThat(first.getAcceptanceScore()).isEqualByComparingTo("95.00");
        assertThat(first.getAwardTier()).isEqualTo("FIRST");
        assertThat(first.getAwardAmount()).isPositive();
        assertThat(first.isCityRecommended()).isTrue();
        BrandProject second = project(saved.getId(), "jsj-gh");
        assertThat(second.getStatus()).isEqualTo(ProjectStatus.AWARDED);
        assertThat(second.getAcceptanceScore()).isEqualByComparingTo("80.00");
        assertThat(second.getAwardTier()).isEqualTo("EXCELLENT");
        assertThat(second.getAwardNote()).isEqualTo("审定调整：宣传材料不足");
        BrandProject failed = project(saved.getId(), "wgy-fw");
        assertThat(failed.getStatus()).isEqualTo(ProjectStatus.FAILED);
        assertThat(failed.getAcceptancePassed()).isFalse();
        assertThat(failed.getAwardTier()).isNull();
        assertThat(projects.findByRoundIdOrderById(saved.getId()))
                .filteredOn(p -> p.getStatus() == ProjectStatus.NOT_APPLYING)
                .hasSize(units.findByActiveTrueOrderBySortOrder().size() - 3);

        assertThat(progressReports.findByProjectIdOrderByPeriodNoAscIdAsc(first.getId()))
                .singleElement()
                .satisfies(r -> assertThat(r.getPeriodNo()).isEqualTo(1));
        assertThat(guidanceRecords.findByProjectIdOrderById(first.getId())).hasSize(1);
        assertThat(expertReviews.findByProjectIdAndPhaseOrderById(first.getId(), ReviewPhase.APPROVAL))
                .isNotEmpty();
        assertThat(expertReviews.findByProjectIdAndPhaseOrderById(first.getId(), ReviewPhase.ACCEPTANCE))
                .extracting(ExpertReview::getExpertId)
                .doesNotContain(RECUSED_EXPERT);
        assertThat(statusTrail(first.getId()))
                .containsSubsequence(
                        "SUBMITTED",
                        "FORMALLY_CHECKED",
                        "UNDER_REVIEW",
                        "REVIEWED",
                        "APPROVED",
                        "PUBLISHED",
                        "BUILDING",
                        "SUMMARY_SUBMITTED",
                        "PASSED",
                        "AWARDED");
        assertThat(projects.findByRoundIdOrderById(saved.getId()).stream()
                        .map(BrandProject::getApprovedFunding)
                        .filter(java.util.Objects::nonNull)
                        .reduce(BigDecimal.ZERO, BigDecimal::add))
                .isLessThanOrEqualTo(new BigDecimal("30000"));
    }
}
