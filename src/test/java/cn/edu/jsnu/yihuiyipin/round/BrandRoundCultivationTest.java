package cn.edu.jsnu.yihuiyipin.round;

import static cn.edu.jsnu.yihuiyipin.process.BrandCultivationProcess.Elements.END_PROJECT_WITHDRAWN;
import static cn.edu.jsnu.yihuiyipin.process.BrandCultivationProcess.Elements.TASK_WITHDRAW_PROJECT;
import static cn.edu.jsnu.yihuiyipin.process.BrandRoundProcess.Elements.CALL_CULTIVATION;
import static cn.edu.jsnu.yihuiyipin.process.BrandRoundProcess.Elements.END_ROUND_CLOSED;
import static cn.edu.jsnu.yihuiyipin.process.BrandRoundProcess.Elements.TASK_CONFIRM_AWARDS;
import static cn.edu.jsnu.yihuiyipin.process.BrandRoundProcess.Elements.TIMER_ACCEPTANCE_STARTS;
import static org.assertj.core.api.Assertions.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import cn.edu.jsnu.yihuiyipin.cultivation.AcceptancePanelTest;
import cn.edu.jsnu.yihuiyipin.cultivation.CultivationDriver;
import cn.edu.jsnu.yihuiyipin.process.BrandCultivationProcess;
import cn.edu.jsnu.yihuiyipin.process.BrandRoundProcess;
import cn.edu.jsnu.yihuiyipin.process.BusinessKey;
import cn.edu.jsnu.yihuiyipin.process.SharedVariables;
import cn.edu.jsnu.yihuiyipin.project.BrandProject;
import cn.edu.jsnu.yihuiyipin.project.BrandRound;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatus;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatusService;
import cn.edu.jsnu.yihuiyipin.project.RoundStatus;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * brand-round from the published list to the closed round: one brand-cultivation instance per
 * published project, the round's phases, the awards. Starts the round instance at
 * {@code Task_PublishApprovedList} with the data steps 1–2 leave behind.
 */
class BrandRoundCultivationTest extends AcceptancePanelTest {

    @Autowired
    ProjectStatusService statusService;

    BrandRound round;
    BrandProject unionProject;
    BrandProject womenProject;
    BrandProject rejected;
    CultivationDriver driver;

    @BeforeEach
    void setUp() {
        round = testRounds.newRound();
        unionProject = approved(testRounds.publishedProject(round, "wxy-gh", "书香文苑读书会"));
        womenProject = approved(testRounds.publishedProject(round, "wxy-fw", "巾帼读书会"));
        rejected = projects.save(
                new BrandProject(round, units.findByCode("lsy-gh").orElseThrow(), ProjectStatus.REJECTED));
        driver = new CultivationDriver(runtimeService, taskService, jobs);
    }

    /** PublishApprovedListDelegate turns APPROVED into PUBLISHED, as after 立项公示审定. */
    private BrandProject approved(BrandProject published) {
        BrandProject project = projects.findById(published.getId()).orElseThrow();
        statusService.changeStatus(project, ProjectStatus.APPROVED, "测试：已立项");
        return project;
    }

    /** The round published its list and each project's cultivation started in its own job. */
    private ProcessInstance startAtPublication() {
        ProcessInstance roundInstance = publish();
        executeAsyncContinuationsUntilNone(roundInstance.getId());
        return roundInstance;
    }

    private ProcessInstance publish() {
        return runtimeService
                .createProcessInstanceByKey(BrandRoundProcess.KEY)
                .businessKey(BusinessKey.ofRound(round.getYear()).toString())
                .setVariable(SharedVariables.ROUND_ID.name(), round.getId())
                .setVariable(SharedVariables.ROUND_YEAR.name(), round.getYear())
                .setVariable(
                        SharedVariables.ACCEPTANCE_START.name(),
                        Date.from(round.getSchedule()
                                .acceptanceStart()
                                .atZone(ZoneId.systemDefault())
                                .toInstant()))
                .startBeforeActivity(BrandRoundProcess.Elements.TASK_PUBLISH_APPROVED_LIST)
                .execute();
    }

    private ProcessInstance cultivationOf(BrandProject project) {
        return runtimeService
                .createProcessInstanceQuery()
                .processDefinitionKey(BrandCultivationProcess.KEY)
                .variableValueEquals(SharedVariables.PROJECT_ID.name(), project.getId())
                .singleResult();
    }

    private RoundStatus roundStatus() {
        return rounds.findById(round.getId()).orElseThrow().getStatus();
    }

    private ProjectStatus status(BrandProject project) {
        return projects.findById(project.getId()).orElseThrow().getStatus();
    }

    @Test
    void publishingTheListOnlyPlansOneStartJobPerProject() {
        ProcessInstance roundInstance = publish();

        // asyncBefore on the multi-instance: no cultivation runs in the publishing transaction
        assertThat(cultivationOf(unionProject)).isNull();
        assertThat(cultivationOf(womenProject)).isNull();
        assertThat(managementService
                        .createJobQuery()
                        .processInstanceId(roundInstance.getId())
                        .activityId(CALL_CULTIVATION)
                        .count())
                .isEqualTo(2);
        assertThat(List.of(status(unionProject), status(womenProject))).containsOnly(ProjectStatus.PUBLISHED);

        executeAsyncContinuationsUntilNone(roundInstance.getId());

        assertThat(cultivationOf(unionProject)).isNotNull();
        assertThat(cultivationOf(womenProject)).isNotNull();
        assertThat(List.of(status(unionProject), status(womenProject))).containsOnly(ProjectStatus.BUILDING);
    }

    @Test
    void eachPublishedProjectIsCultivated_thenTheBestAreAwardedAndTheRoundCloses() {
        ProcessInstance roundInstance = startAtPublication();

        assertThat(roundInstance).isWaitingAt(CALL_CULTIVATION);
        assertThat(roundStatus()).isEqualTo(RoundStatus.CULTIVATION);
        ProcessInstance union = cultivationOf(unionProject);
        ProcessInstance women = cultivationOf(womenProject);
        assertThat(union.getBusinessKey()).isEqualTo(round.getYear() + "/wxy-gh");
        assertThat(women.getBusinessKey()).isEqualTo(round.getYear() + "/wxy-fw");
        assertThat(runtimeService
                        .createProcessInstanceQuery()
                        .superProcessInstanceId(roundInstance.getId())
                        .count())
                .isEqualTo(2);
        assertThat(List.of(status(unionProject), status(womenProject))).containsOnly(ProjectStatus.BUILDING);

        execute(job(TIMER_ACCEPTANCE_STARTS, roundInstance));
        assertThat(roundStatus()).isEqualTo(RoundStatus.ACCEPTANCE);
        assertThat(roundInstance).isWaitingAt(CALL_CULTIVATION);

        driver.reachSummary(union);
        driver.submitSummary(union);
        assertThat(driver.experts(union)).containsAll(UNION_EXPERTS).doesNotContain(RECUSED_EXPERT);
        driver.allExpertsScore(union, 18);
        driver.reachSummary(women);
        driver.submitSummary(women);
        assertThat(driver.experts(women)).containsAll(WOMEN_EXPERTS).doesNotContainAnyElementsOf(UNION_EXPERTS);
        driver.allExpertsScore(women, 10);
        assertThat(union).isEnded();
        assertThat(women).isEnded();
        executeAsyncContinuationsUntilNone(roundInstance.getId());

        assertThat(roundInstance).isWaitingAt(TASK_CONFIRM_AWARDS);
        assertThat(task(TASK_CONFIRM_AWARDS, roundInstance))
                .as("only 校工会 has a passed project, so only its office confirms")
                .hasCandidateGroup("union-office");
        assertThat(taskService.getIdentityLinksForTask(
                        task(TASK_CONFIRM_AWARDS, roundInstance).getId()))
                .noneMatch(link -> "women-office".equals(link.getGroupId()));
        assertThat(roundStatus()).isEqualTo(RoundStatus.AWARDING);
        assertThat(status(womenProject)).isEqualTo(ProjectStatus.FAILED);

        complete(task(TASK_CONFIRM_AWARDS, roundInstance));
        executeAsyncContinuationsUntilNone(roundInstance.getId());

        assertThat(roundInstance).isEnded().hasPassed(END_ROUND_CLOSED);
        assertThat(roundStatus()).isEqualTo(RoundStatus.CLOSED);
        BrandProject awarded = projects.findById(unionProject.getId()).orElseThrow();
        assertThat(awarded.getStatus()).isEqualTo(ProjectStatus.AWARDED);
        assertThat(awarded.getAwardTier()).isEqualTo("FIRST");
        assertThat(awarded.isCityRecommended()).isTrue();
        assertThat(projects.findById(womenProject.getId()).orElseThrow().getAwardTier())
                .isNull();
        assertThat(status(rejected)).isEqualTo(ProjectStatus.REJECTED);
    }

    @Test
    void aRoundWithoutPublishedProjectsClosesWithoutAnAwardTask() {
        statusService.changeStatus(projects.findById(unionProject.getId()).orElseThrow(), ProjectStatus.REJECTED, "测试");
        statusService.changeStatus(projects.findById(womenProject.getId()).orElseThrow(), ProjectStatus.REJECTED, "测试");

        ProcessInstance roundInstance = startAtPublication();
        // 评选表彰 runs in a job of its own (asyncBefore)
        executeAsyncContinuationsUntilNone(roundInstance.getId());

        assertThat(roundInstance).isEnded().hasPassed(END_ROUND_CLOSED).hasNotPassed(TASK_CONFIRM_AWARDS);
        assertThat(roundStatus()).isEqualTo(RoundStatus.CLOSED);
    }

    @Test
    void aWithdrawnProjectIsNeitherAcceptedNorAwarded() {
        ProcessInstance roundInstance = startAtPublication();
        ProcessInstance union = cultivationOf(unionProject);
        ProcessInstance women = cultivationOf(womenProject);

        taskService.complete(
                task(TASK_WITHDRAW_PROJECT, union).getId(),
                java.util.Map.of(
                        BrandCultivationProcess.Vars.WITHDRAWAL_CONFIRMED.name(),
                        true,
                        BrandCultivationProcess.Vars.WITHDRAWAL_REASON.name(),
                        "负责人调离，项目无法继续实施"));
        assertThat(union).isEnded().hasPassed(END_PROJECT_WITHDRAWN);

        execute(job(TIMER_ACCEPTANCE_STARTS, roundInstance));
        driver.reachSummary(women);
        driver.submitSummary(women);
        driver.allExpertsScore(women, 18);
        executeAsyncContinuationsUntilNone(roundInstance.getId());

        assertThat(task(TASK_CONFIRM_AWARDS, roundInstance)).hasCandidateGroup("women-office");
        complete(task(TASK_CONFIRM_AWARDS, roundInstance));
        executeAsyncContinuationsUntilNone(roundInstance.getId());

        assertThat(roundInstance).isEnded();
        BrandProject withdrawn = projects.findById(unionProject.getId()).orElseThrow();
        assertThat(withdrawn.getStatus()).isEqualTo(ProjectStatus.WITHDRAWN_BY_OFFICE);
        assertThat(withdrawn.getAwardTier()).isNull();
        assertThat(withdrawn.getAcceptanceScore()).isNull();
        assertThat(withdrawn.getApprovedFunding()).isEqualByComparingTo("8000");
        assertThat(statusTrail(withdrawn.getId())).endsWith("BUILDING", "WITHDRAWN_BY_OFFICE");
        assertThat(status(womenProject)).isEqualTo(ProjectStatus.AWARDED);
    }
}
