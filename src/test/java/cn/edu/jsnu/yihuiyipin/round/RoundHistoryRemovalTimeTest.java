package cn.edu.jsnu.yihuiyipin.round;

import static org.assertj.core.api.Assertions.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess;
import cn.edu.jsnu.yihuiyipin.process.BrandRoundProcess;
import cn.edu.jsnu.yihuiyipin.process.SharedVariables;
import cn.edu.jsnu.yihuiyipin.support.MutableClock;
import cn.edu.jsnu.yihuiyipin.support.ProcessScenarioTest;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * History removal time strategy {@code start} (application.yaml): every history row of a round, its
 * applications' and cultivations' included, carries the round's removal time (the round's start plus
 * brand-round's historyTimeToLive) from the moment it is written, and the round's end writes none. With the
 * engine's default {@code end} the rows of a running round had none, and ending the round wrote it into every
 * history row of the round in one transaction (docs/benchmark.md finding 8).
 */
class RoundHistoryRemovalTimeTest extends ProcessScenarioTest {

    /** 10 years after a round's end, as the end strategy kept it with 3650 days. */
    private static final int DAYS_KEPT_AFTER_THE_END = 3650;

    /** A round runs about 14 months (March to the next year's awards); the TTL covers two. */
    private static final int LONGEST_ROUND_DAYS = 2 * 366;

    @Autowired
    HistoryService historyService;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    MutableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private ProcessInstance openRound(int year) {
        ProcessInstance round = runtimeService.startProcessInstanceByKey(
                BrandRoundProcess.KEY,
                Map.of(SharedVariables.ROUND_YEAR.name(), year, BrandRoundProcess.Vars.FUNDING_POOL.name(), 20000));
        // each unit's application starts in a job of its own (asyncBefore on the multi-instance)
        executeAsyncContinuationsUntilNone(round.getId());
        return round;
    }

    /** The round's start plus brand-round's historyTimeToLive, in days of the engine's zone as Camunda adds them. */
    private Date expectedRemovalTime(ProcessInstance round) {
        Integer ttl = repositoryService
                .getProcessDefinition(round.getProcessDefinitionId())
                .getHistoryTimeToLive();
        Date start = roundHistory(round).getStartTime();
        return Date.from(
                start.toInstant().atZone(ZoneId.systemDefault()).plusDays(ttl).toInstant());
    }

    private HistoricProcessInstance roundHistory(ProcessInstance round) {
        return historyService
                .createHistoricProcessInstanceQuery()
                .processInstanceId(round.getId())
                .singleResult();
    }

    /** The removal time of every history row of the round and of the instances it called, by kind and id. */
    private List<String> removalTimesOfTheRoundsHistory(ProcessInstance round, Date expected) {
        List<String> wrong = new ArrayList<>();
        List<HistoricProcessInstance> instances = historyService
                .createHistoricProcessInstanceQuery()
                .rootProcessInstanceId(round.getId())
                .list();
        assertThat(instances).as("the round and its applications").hasSizeGreaterThan(1);
        for (HistoricProcessInstance instance : instances) {
            check(wrong, expected, "process instance " + instance.getBusinessKey(), instance.getRemovalTime());
            for (HistoricActivityInstance activity : historyService
                    .createHistoricActivityInstanceQuery()
                    .processInstanceId(instance.getId())
                    .list()) {
                check(wrong, expected, "activity " + activity.getActivityId(), activity.getRemovalTime());
            }
            for (HistoricVariableInstance variable : historyService
                    .createHistoricVariableInstanceQuery()
                    .processInstanceId(instance.getId())
                    .list()) {
                check(wrong, expected, "variable " + variable.getName(), variable.getRemovalTime());
            }
            for (HistoricTaskInstance task : historyService
                    .createHistoricTaskInstanceQuery()
                    .processInstanceId(instance.getId())
                    .list()) {
                check(wrong, expected, "task " + task.getTaskDefinitionKey(), task.getRemovalTime());
                for (HistoricIdentityLinkLog link : historyService
                        .createHistoricIdentityLinkLogQuery()
                        .taskId(task.getId())
                        .list()) {
                    check(wrong, expected, "identity link of " + task.getTaskDefinitionKey(), link.getRemovalTime());
                }
            }
            for (HistoricJobLog log : historyService
                    .createHistoricJobLogQuery()
                    .processInstanceId(instance.getId())
                    .list()) {
                check(
                        wrong,
                        expected,
                        "job log " + log.getJobDefinitionType() + " " + log.getActivityId() + " " + jobState(log)
                                + " root " + log.getRootProcessInstanceId(),
                        log.getRemovalTime());
            }
        }
        return wrong;
    }

    private static String jobState(HistoricJobLog log) {
        return log.isCreationLog()
                ? "created"
                : log.isSuccessLog() ? "succeeded" : log.isFailureLog() ? "failed" : "deleted";
    }

    private static void check(List<String> wrong, Date expected, String what, Date removalTime) {
        if (removalTime == null || removalTime.getTime() != expected.getTime()) {
            wrong.add(what + ": " + removalTime);
        }
    }

    @Test
    void brandRoundKeepsItsHistoryTenYearsAfterEvenALongRoundsEnd() {
        for (String key : List.of(BrandRoundProcess.KEY, BrandApplicationProcess.KEY)) {
            Integer ttl = repositoryService
                    .createProcessDefinitionQuery()
                    .processDefinitionKey(key)
                    .latestVersion()
                    .singleResult()
                    .getHistoryTimeToLive();
            assertThat(ttl)
                    .as("%s: removal time = start + TTL, so the TTL holds the round's length and 10 years", key)
                    .isGreaterThanOrEqualTo(DAYS_KEPT_AFTER_THE_END + LONGEST_ROUND_DAYS);
        }
    }

    @Test
    void aRunningRoundsHistoryAlreadyCarriesTheRoundsRemovalTime() {
        int year = unusedYear();
        ProcessInstance round = openRound(year);
        ProcessInstance application = calledInstance(round, BrandApplicationProcess.KEY, year, "wxy-gh");
        complete(
                task(BrandApplicationProcess.Elements.TASK_FILL_APPLICATION, application),
                withVariables(BrandApplicationProcess.Vars.NOT_APPLYING.name(), true));

        assertThat(round).isActive();
        Date expected = expectedRemovalTime(round);
        assertThat(roundHistory(round).getRemovalTime()).isEqualTo(expected);
        HistoricProcessInstance applicationHistory = historyService
                .createHistoricProcessInstanceQuery()
                .processInstanceId(application.getId())
                .singleResult();
        assertThat(applicationHistory.getEndTime())
                .as("the declined application ended")
                .isNotNull();
        assertThat(applicationHistory.getRootProcessInstanceId()).isEqualTo(round.getId());
        assertThat(applicationHistory.getRemovalTime())
                .as("an application's history lives as long as its round's, set when it started")
                .isEqualTo(expected);
        HistoricTaskInstance fillApplication = historyService
                .createHistoricTaskInstanceQuery()
                .processInstanceId(application.getId())
                .taskDefinitionKey(BrandApplicationProcess.Elements.TASK_FILL_APPLICATION)
                .singleResult();
        assertThat(fillApplication.getRemovalTime()).isEqualTo(expected);
        assertThat(removalTimesOfTheRoundsHistory(round, expected))
                .as("history rows of the running round without the round's removal time")
                .isEmpty();
    }

    @Test
    void endingTheRoundRewritesNoRemovalTime() {
        int year = unusedYear();
        ProcessInstance round = openRound(year);
        Date expected = expectedRemovalTime(round);

        // 14 months later every unit declines: nothing to fund, cultivate or award, and the round ends
        clock.setTo(LocalDateTime.now().plusMonths(14));
        for (ProcessInstance application : runtimeService
                .createProcessInstanceQuery()
                .superProcessInstanceId(round.getId())
                .list()) {
            complete(
                    task(BrandApplicationProcess.Elements.TASK_FILL_APPLICATION, application),
                    withVariables(BrandApplicationProcess.Vars.NOT_APPLYING.name(), true));
        }
        executeAsyncContinuationsUntilNone(round.getId());

        assertThat(round).isEnded().hasPassed(BrandRoundProcess.Elements.END_ROUND_CLOSED);
        HistoricProcessInstance ended = roundHistory(round);
        assertThat(ended.getEndTime())
                .as("the round ended 14 months after it started")
                .isAfter(Date.from(ended.getStartTime().toInstant().plus(Duration.ofDays(400))));
        assertThat(ended.getRemovalTime())
                .as("the round's start + TTL, not its end + TTL")
                .isEqualTo(expected);
        // One row escapes: the success log of the job in which the round ended. Camunda copies the root's removal
        // time from the root's history entity in the command's cache, and after the round's end event that is the
        // end event, which carries none (DefaultHistoryEventProducer.provideRemovalTime). One row a round that the
        // cleanup never removes; with the end strategy it was covered by the update this change removes.
        assertThat(removalTimesOfTheRoundsHistory(round, expected))
                .as("history rows of the ended round whose removal time is not the one set at its start")
                .hasSizeLessThanOrEqualTo(1)
                .allMatch(row -> row.startsWith("job log ") && row.contains(" succeeded ") && row.endsWith(": null"));
    }
}
