package cn.edu.jsnu.yihuiyipin.system;

import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.Elements.TASK_ASSIGN_REVIEWERS;
import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.Elements.TASK_EXPERT_REVIEW;
import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.Elements.TASK_WITHDRAW_APPLICATION;
import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.FORMAL_CHECK_PASS;
import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.Vars.FORMAL_CHECK_RESULT;
import static cn.edu.jsnu.yihuiyipin.process.SharedVariables.ROUND_ID;
import static cn.edu.jsnu.yihuiyipin.process.SharedVariables.ROUND_YEAR;
import static cn.edu.jsnu.yihuiyipin.process.SharedVariables.UNIT_CODE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess;
import cn.edu.jsnu.yihuiyipin.process.BrandRoundProcess;
import cn.edu.jsnu.yihuiyipin.process.BusinessKey;
import cn.edu.jsnu.yihuiyipin.project.BrandRound;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatus;
import cn.edu.jsnu.yihuiyipin.project.RoundStatusChangeRepository;
import cn.edu.jsnu.yihuiyipin.support.ApplicationSteps;
import cn.edu.jsnu.yihuiyipin.support.RealTimeProbes;
import cn.edu.jsnu.yihuiyipin.support.RealTimeScenarioTest;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Failures become incidents, not lost work: with the job executor running, a step that fails for a
 * cause outside the process is tried again on {@code yihui.jobs.retry-cycle} (R3/PT5M), then shows as an
 * incident that an admin retries after fixing the cause; whatever the failing step wrote is rolled back
 * with the engine's state; and two jobs that merely collide are run again at once.
 */
class JobFailureTest extends RealTimeScenarioTest {

    private static final String WRITE_THEN_FAIL = "writeThenFail";

    @Autowired
    RealTimeProbes.WriteThenFail writeThenFail;

    @Autowired
    RealTimeProbes.Rendezvous rendezvous;

    @Autowired
    RoundStatusChangeRepository roundHistory;

    @BeforeEach
    void yearlyTimerAside() {
        // these tests move the clock to years of their own: the 1 March timer must not open rounds meanwhile
        managementService.suspendJobDefinitionByProcessDefinitionKey(BrandRoundProcess.YEARLY_KEY, true);
        writeThenFail.failing(true);
    }

    @AfterEach
    void yearlyTimerBack() {
        jobExecutor().shutdown();
        clock.reset();
        managementService.activateJobDefinitionByProcessDefinitionKey(BrandRoundProcess.YEARLY_KEY, true);
    }

    @Test
    void emptyPanelBecomesAnIncidentAfterItsRetriesAndTheProcessGoesOnOnceFixed() {
        BrandRound round = newRound(new BigDecimal("100000"));
        int year = round.getYear();
        panel("experts-women");
        at(LocalDateTime.of(year, 3, 10, 9, 0));
        ProcessInstance application = runtimeService.startProcessInstanceByKey(
                BrandApplicationProcess.KEY,
                BusinessKey.ofUnit(year, "wgy-fw").toString(),
                Map.of(ROUND_ID.name(), round.getId(), UNIT_CODE.name(), "wgy-fw"));
        taskService.complete(task(application).getId(), ApplicationSteps.application("巾帼讲堂", "GENERAL", 8000));
        taskService.complete(task(application).getId(), Map.of(FORMAL_CHECK_RESULT.name(), FORMAL_CHECK_PASS));

        // 1 April 08:00: the review period opens and 分配评审专家 finds nobody on the panel
        at(LocalDateTime.of(year, 4, 1, 8, 0));
        Job assign = assignReviewersJob(application);
        assertThat(assign.getRetries()).isEqualTo(2);
        assertThat(assign.getExceptionMessage()).contains("专家组 experts-women 中没有可参加");
        assertThat(beijing(assign.getDuedate()))
                .as("tried again in five minutes")
                .isEqualTo(LocalDateTime.of(year, 4, 1, 8, 5));
        assertThat(incidents(application)).isEmpty();

        at(LocalDateTime.of(year, 4, 1, 8, 5));
        assertThat(assignReviewersJob(application).getRetries()).isEqualTo(1);
        assertThat(incidents(application)).isEmpty();

        at(LocalDateTime.of(year, 4, 1, 8, 10));
        assertThat(assignReviewersJob(application).getRetries()).isZero();
        Incident incident = incidents(application).get(0);
        assertThat(incidents(application)).hasSize(1);
        assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
        assertThat(incident.getActivityId()).isEqualTo(TASK_ASSIGN_REVIEWERS);
        assertThat(incident.getIncidentMessage()).contains("请先在 Admin 中添加专家后重试");
        at(LocalDateTime.of(year, 4, 2, 9, 0));
        assertThat(assignReviewersJob(application).getRetries())
                .as("an incident waits for an admin")
                .isZero();
        assertThat(project(round.getId(), "wgy-fw").getStatus()).isEqualTo(ProjectStatus.FORMALLY_CHECKED);
        assertThat(statusTrail(project(round.getId(), "wgy-fw").getId())).doesNotContain("UNDER_REVIEW");

        // the admin adds two experts in Admin, then retries the incident in Cockpit
        try {
            panel("experts-women", "jf-w1", "jf-w2");
            managementService.setJobRetries(assign.getId(), 1);
            awaitJobExecutor();

            assertNothingFailed();
            assertThat(taskService
                            .createTaskQuery()
                            .processInstanceId(application.getId())
                            .taskDefinitionKey(TASK_EXPERT_REVIEW)
                            .list())
                    .extracting(Task::getAssignee)
                    .containsExactlyInAnyOrder("jf-w1", "jf-w2");
            assertThat(project(round.getId(), "wgy-fw").getStatus()).isEqualTo(ProjectStatus.UNDER_REVIEW);
        } finally {
            panel("experts-women");
        }
    }

    @Test
    void failingStepRollsBackItsRowsAndLeavesTheTaskOpen() {
        int year = unusedYear();
        deploy(Bpmn.createExecutableProcess("probe-write-then-fail")
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("Task_Before")
                .camundaAssignee("probe-user")
                .serviceTask("Task_WriteThenFail")
                .camundaDelegateExpression("${" + WRITE_THEN_FAIL + "}")
                .endEvent()
                .done());
        ProcessInstance pi =
                runtimeService.startProcessInstanceByKey("probe-write-then-fail", Map.of(ROUND_YEAR.name(), year));
        Task before = task(pi);
        long historyRows = roundHistory.count();

        assertThatThrownBy(() -> taskService.complete(before.getId())).hasMessageContaining("外部服务暂不可用");

        assertThat(rounds.existsByYear(year))
                .as("the round row written before the failure")
                .isFalse();
        assertThat(roundHistory.count()).as("its status history").isEqualTo(historyRows);
        assertThat(task(pi))
                .as("the same task, still open")
                .extracting(Task::getId)
                .isEqualTo(before.getId());

        writeThenFail.failing(false);
        taskService.complete(before.getId());
        assertThat(rounds.existsByYear(year)).isTrue();
        assertThat(roundHistory.count()).isEqualTo(historyRows + 1);
        assertThat(runtimeService
                        .createProcessInstanceQuery()
                        .processInstanceId(pi.getId())
                        .count())
                .isZero();
    }

    @Test
    void failingAsyncStepKeepsNothingBecomesAnIncidentAndRunsOnceWhenRetried() {
        int year = unusedYear();
        deploy(Bpmn.createExecutableProcess("probe-async-write-then-fail")
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .serviceTask("Task_WriteThenFail")
                .camundaAsyncBefore()
                .camundaDelegateExpression("${" + WRITE_THEN_FAIL + "}")
                .endEvent()
                .done());
        long historyRows = roundHistory.count();
        LocalDateTime started = LocalDateTime.of(2026, 6, 1, 10, 0);
        at(started);

        ProcessInstance pi = runtimeService.startProcessInstanceByKey(
                "probe-async-write-then-fail", Map.of(ROUND_YEAR.name(), year));
        awaitJobExecutor();
        Job job =
                managementService.createJobQuery().processInstanceId(pi.getId()).singleResult();
        assertThat(job.getRetries()).isEqualTo(2);
        assertThat(job.getExceptionMessage()).contains("外部服务暂不可用");
        assertThat(rounds.existsByYear(year)).isFalse();
        assertThat(roundHistory.count()).isEqualTo(historyRows);

        at(started.plusMinutes(5));
        at(started.plusMinutes(10));
        assertThat(incidents(pi)).singleElement().satisfies(incident -> {
            assertThat(incident.getActivityId()).isEqualTo("Task_WriteThenFail");
            assertThat(incident.getIncidentMessage()).contains("外部服务暂不可用");
        });
        assertThat(rounds.existsByYear(year))
                .as("three failed tries wrote nothing")
                .isFalse();
        assertThat(roundHistory.count()).isEqualTo(historyRows);

        writeThenFail.failing(false);
        at(started.plusMinutes(30));
        managementService.setJobRetries(job.getId(), 1);
        awaitJobExecutor();

        assertNothingFailed();
        assertThat(rounds.existsByYear(year)).isTrue();
        assertThat(roundHistory.count()).as("written once").isEqualTo(historyRows + 1);
        assertThat(runtimeService
                        .createProcessInstanceQuery()
                        .processInstanceId(pi.getId())
                        .count())
                .isZero();
    }

    @Test
    void jobsThatCollideRunAgainAtOnceAndKeepTheirRetries() {
        deploy(Bpmn.createExecutableProcess("probe-collision")
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .parallelGateway("Gateway_Fork")
                .serviceTask("Task_Left")
                .camundaAsyncBefore()
                .notCamundaExclusive()
                .camundaDelegateExpression("${rendezvous}")
                .parallelGateway("Gateway_Join")
                .endEvent()
                .moveToNode("Gateway_Fork")
                .serviceTask("Task_Right")
                .camundaAsyncBefore()
                .notCamundaExclusive()
                .camundaDelegateExpression("${rendezvous}")
                .connectTo("Gateway_Join")
                .done());
        at(LocalDateTime.of(2026, 6, 2, 10, 0));

        ProcessInstance pi = runtimeService.startProcessInstanceByKey("probe-collision");
        // the clock stands still: a collision held back by the five-minute retry cycle would never end
        await(
                "both branches to join",
                () -> runtimeService
                                .createProcessInstanceQuery()
                                .processInstanceId(pi.getId())
                                .count()
                        == 0);

        List<HistoricJobLog> failures = historyService
                .createHistoricJobLogQuery()
                .processInstanceId(pi.getId())
                .failureLog()
                .list();
        assertThat(failures)
                .as("the two branches met at the join together and one lost")
                .extracting(HistoricJobLog::getJobExceptionMessage)
                .anySatisfy(message -> assertThat(message).contains("was updated by another transaction concurrently"));
        assertThat(rendezvous.executions())
                .as("both branches, and the loser once more")
                .isEqualTo(3);
        assertNothingFailed();
    }

    private void deploy(BpmnModelInstance model) {
        String key =
                model.getModelElementsByType(Process.class).iterator().next().getId();
        engine.getRepositoryService()
                .createDeployment()
                .addModelInstance(key + ".bpmn", model)
                .deploy();
    }

    private Task task(ProcessInstance pi) {
        // 撤回申报 waits beside 形式审查: the test drives the other task
        return taskService
                .createTaskQuery()
                .processInstanceId(pi.getId())
                .taskDefinitionKeyNotIn(TASK_WITHDRAW_APPLICATION)
                .singleResult();
    }

    private Job assignReviewersJob(ProcessInstance application) {
        return managementService
                .createJobQuery()
                .processInstanceId(application.getId())
                .activityId(TASK_ASSIGN_REVIEWERS)
                .singleResult();
    }

    private List<Incident> incidents(ProcessInstance pi) {
        return runtimeService
                .createIncidentQuery()
                .processInstanceId(pi.getId())
                .list();
    }
}
