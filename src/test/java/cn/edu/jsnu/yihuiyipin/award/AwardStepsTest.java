package cn.edu.jsnu.yihuiyipin.award;

import static cn.edu.jsnu.yihuiyipin.process.BrandRoundProcess.Elements.*;
import static cn.edu.jsnu.yihuiyipin.process.BrandRoundProcess.Vars.*;
import static cn.edu.jsnu.yihuiyipin.process.SharedVariables.*;
import static org.assertj.core.api.Assertions.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import cn.edu.jsnu.yihuiyipin.project.BrandProject;
import cn.edu.jsnu.yihuiyipin.project.BrandRound;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatus;
import cn.edu.jsnu.yihuiyipin.project.RoundStatus;
import cn.edu.jsnu.yihuiyipin.support.NoticeTimers;
import cn.edu.jsnu.yihuiyipin.support.ProcessScenarioTest;
import cn.edu.jsnu.yihuiyipin.support.TestRounds;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 评选表彰 → 表彰审定及推荐 (one task per channel's office) → 发布表彰结果, run in brand-round from
 * 评选表彰 on a round's data: the passed projects of both channels and one that failed.
 */
class AwardStepsTest extends ProcessScenarioTest {

    BrandRound round;
    BrandProject best;
    BrandProject second;
    BrandProject women90;
    BrandProject union85;
    BrandProject women80;
    BrandProject failed;

    @BeforeEach
    void setUp() {
        round = testRounds.newRound();
        best = passed("wxy-gh", "书香文苑", "95");
        second = passed("lsy-gh", "运河文化讲堂", "92");
        women90 = passed("wxy-fw", "巾帼读书会", "90");
        union85 = passed("wgy-gh", "外语角", "85");
        women80 = passed("jg-fw", "女教职工健康讲座", "80");
        failed = project("sxy-gh", "数学趣味赛", "60", ProjectStatus.FAILED);
    }

    private BrandProject passed(String unitCode, String name, String score) {
        return project(unitCode, name, score, ProjectStatus.PASSED);
    }

    private BrandProject project(String unitCode, String name, String score, ProjectStatus status) {
        BrandProject project =
                new BrandProject(round, units.findByCode(unitCode).orElseThrow(), status);
        project.applyContent(new cn.edu.jsnu.yihuiyipin.project.ApplicationContent(
                null, name, null, null, null, null, null, null, null, false, null));
        project.setAcceptanceScore(new BigDecimal(score));
        project.setAcceptancePassed(status == ProjectStatus.PASSED);
        return projects.save(project);
    }

    private BrandProject reload(BrandProject project) {
        return projects.findById(project.getId()).orElseThrow();
    }

    private ProcessInstance start() {
        ProcessInstance pi = TestRounds.startRoundBefore(runtimeService, round, TASK_RANK_AWARDS);
        // 评选表彰 runs in a job of its own (asyncBefore), so a crash mid-ranking is retried, not lost
        executeAsyncContinuationsUntilNone(pi.getId());
        return pi;
    }

    private Task officeTask(ProcessInstance pi, String officeGroup) {
        return taskService
                .createTaskQuery()
                .processInstanceId(pi.getId())
                .taskDefinitionKey(TASK_CONFIRM_AWARDS)
                .taskCandidateGroup(officeGroup)
                .singleResult();
    }

    /** Completes the office's task and lets its channel's instance finish (async after each channel). */
    private void completeAs(ProcessInstance pi, String officeGroup, Map<String, Object> variables) {
        taskService.complete(officeTask(pi, officeGroup).getId(), variables);
        executeAsyncContinuationsUntilNone(pi.getId());
    }

    private String ranking(Task task) {
        return (String) taskService.getVariable(task.getId(), AWARD_RANKING.name());
    }

    @Test
    @SuppressWarnings("unchecked")
    void eachOfficeConfirmsItsOwnChannelsRanking_thenTheAwardsArePublishedAndTheRoundCloses() {
        ProcessInstance pi = start();

        assertThat(reload(best).getAwardTier()).isEqualTo("FIRST");
        assertThat(reload(best).getAwardAmount()).isEqualByComparingTo("5000");
        assertThat(reload(second).getAwardTier()).isEqualTo("SECOND");
        assertThat(reload(women90).getAwardTier()).isEqualTo("THIRD");
        assertThat(reload(union85).getAwardTier()).isEqualTo("EXCELLENT");
        assertThat(reload(women80).getAwardAmount()).isEqualByComparingTo("1000");
        assertThat(List.of(best, second, women90, union85, women80))
                .extracting(p -> reload(p).isCityRecommended())
                .containsExactly(true, true, true, false, true);
        assertThat(reload(failed).getAwardTier()).isNull();
        assertThat(rounds.findById(round.getId()).orElseThrow().getStatus()).isEqualTo(RoundStatus.AWARDING);

        List<Task> tasks = taskQuery()
                .processInstanceId(pi.getId())
                .taskDefinitionKey(TASK_CONFIRM_AWARDS)
                .list();
        assertThat(tasks).hasSize(2);
        Task union = officeTask(pi, "union-office");
        Task women = officeTask(pi, "women-office");
        assertThat(union).hasCandidateGroup("union-office");
        assertThat(union.getId()).isNotEqualTo(women.getId());
        assertThat(taskService.getIdentityLinksForTask(union.getId()))
                .noneMatch(link -> "women-office".equals(link.getGroupId()));
        assertThat(ranking(union))
                .contains("| 1 | 文学院分工会 | 校工会 | 书香文苑 | 95.00 | 一等奖 | 5000.00 | 是 |")
                .contains("外语角")
                .doesNotContain("巾帼读书会")
                .doesNotContain("数学趣味赛");
        assertThat(ranking(women)).contains("巾帼读书会", "女教职工健康讲座").doesNotContain("书香文苑");
        assertThat((List<Object>) taskService.getVariable(union.getId(), AWARD_PROJECT_OPTIONS.name()))
                .hasSize(3)
                .contains(Map.of("label", "外国语学院分工会：外语角", "value", String.valueOf(union85.getId())));
        assertThat((String) taskService.getVariable(women.getId(), CHANNEL_LABEL.name()))
                .isEqualTo("校妇联");

        completeAs(pi, "union-office", Map.of());
        assertThat(pi).as("the round waits for the other office").isWaitingAt(TASK_CONFIRM_AWARDS);
        assertThat(reload(best).getStatus()).isEqualTo(ProjectStatus.PASSED);
        completeAs(pi, "women-office", Map.of());

        assertThat(pi).isEnded().hasPassed(TASK_PUBLISH_AWARDS, END_ROUND_CLOSED);
        assertThat(List.of(best, second, women90, union85, women80)).allSatisfy(p -> {
            assertThat(reload(p).getStatus()).isEqualTo(ProjectStatus.AWARDED);
            assertThat(reload(p).getAwardedAt()).isNotNull();
        });
        assertThat(reload(failed).getStatus()).isEqualTo(ProjectStatus.FAILED);
        assertThat(rounds.findById(round.getId()).orElseThrow().getStatus()).isEqualTo(RoundStatus.CLOSED);
    }

    @Test
    void officeOverridesATierAndTheRecommendation_withAReason_andSeesItsRefreshedRanking() {
        ProcessInstance pi = start();

        completeAs(
                pi,
                "union-office",
                withVariables(
                        OVERRIDE_PROJECT_ID.name(), String.valueOf(union85.getId()),
                        OVERRIDE_TIER.name(), "SECOND",
                        OVERRIDE_RECOMMENDED.name(), "YES",
                        OVERRIDE_REASON.name(), "示范性突出，获校领导肯定"));

        BrandProject overridden = reload(union85);
        assertThat(overridden.getAwardTier()).isEqualTo("SECOND");
        assertThat(overridden.getAwardAmount()).isEqualByComparingTo("3000");
        assertThat(overridden.isCityRecommended()).isTrue();
        assertThat(overridden.getAwardNote()).isEqualTo("审定调整：示范性突出，获校领导肯定");
        Task again = officeTask(pi, "union-office");
        assertThat(again).as("the union office reviews its refreshed ranking").isNotNull();
        assertThat(ranking(again)).contains("示范性突出").doesNotContain("巾帼读书会");
        assertThat(taskService.getVariable(again.getId(), OVERRIDE_PROJECT_ID.name()))
                .isNull();

        completeAs(pi, "union-office", Map.of());
        completeAs(pi, "women-office", Map.of());

        assertThat(pi).isEnded();
        assertThat(reload(union85).getStatus()).isEqualTo(ProjectStatus.AWARDED);
        assertThat(reload(second).getAwardTier()).isEqualTo("SECOND");
    }

    /** The award confirmation's reminder and escalation fire beside the task and leave it open. */
    @Test
    void reminderAndEscalationTimersLeaveTheTaskOpen() {
        ProcessInstance pi = start();
        NoticeTimers timers = new NoticeTimers(managementService, taskService);
        timers.remind(pi, TASK_CONFIRM_AWARDS);
        timers.escalate(pi, TASK_CONFIRM_AWARDS);

        completeAs(pi, "union-office", Map.of());
        completeAs(pi, "women-office", Map.of());
        assertThat(pi).isEnded().hasPassed("EndEvent_Remind_ConfirmAwards", "EndEvent_Escalate_ConfirmAwards");
    }

    @Test
    void officeWithdrawsARecommendationOnly_tierStays() {
        ProcessInstance pi = start();

        completeAs(
                pi,
                "union-office",
                withVariables(
                        OVERRIDE_PROJECT_ID.name(), String.valueOf(second.getId()),
                        OVERRIDE_RECOMMENDED.name(), "NO",
                        OVERRIDE_REASON.name(), "已获市级表彰"));

        assertThat(reload(second).isCityRecommended()).isFalse();
        assertThat(reload(second).getAwardTier()).isEqualTo("SECOND");
        assertThat(reload(second).getAwardAmount()).isEqualByComparingTo("3000");
    }

    @Test
    void officeChangingAnotherChannelsProject_isRefusedAndNothingChanges() {
        ProcessInstance pi = start();
        Task union = officeTask(pi, "union-office");

        assertThatThrownBy(() -> taskService.complete(
                        union.getId(),
                        Map.of(
                                OVERRIDE_PROJECT_ID.name(),
                                String.valueOf(women90.getId()),
                                OVERRIDE_TIER.name(),
                                "FIRST",
                                OVERRIDE_REASON.name(),
                                "理由")))
                .as("the form offers only the channel's own projects")
                .hasMessageContaining("“调整的项目”没有“" + women90.getId() + "”这一选项");

        assertThat(reload(women90).getAwardTier()).isEqualTo("THIRD");
        assertThat(officeTask(pi, "union-office").getId()).isEqualTo(union.getId());
    }

    @Test
    void officeSendingAnotherChannelWithItsCompletion_isRefused() {
        ProcessInstance pi = start();
        Task union = officeTask(pi, "union-office");

        assertThatThrownBy(() -> taskService.complete(
                        union.getId(),
                        Map.of(
                                CHANNEL.name(), "WOMEN",
                                OFFICE_GROUP.name(), "women-office",
                                OVERRIDE_PROJECT_ID.name(), String.valueOf(union85.getId()),
                                OVERRIDE_TIER.name(), "FIRST",
                                OVERRIDE_REASON.name(), "理由")))
                .hasMessageContaining("不能修改流程数据");
        assertThatThrownBy(() -> taskService.complete(union.getId(), Map.of(OFFICE_GROUP.name(), "unit-wxy-gh")))
                .hasMessageContaining("不能修改流程数据");

        assertThat(reload(women90).getAwardTier()).isEqualTo("THIRD");
        assertThat(officeTask(pi, "union-office").getId()).isEqualTo(union.getId());
    }

    @Test
    void overridesWithoutReasonProjectOrChange_areRefusedAndTheTaskStays() {
        ProcessInstance pi = start();
        Task confirm = officeTask(pi, "union-office");
        String union85Id = String.valueOf(union85.getId());

        assertThatThrownBy(() -> taskService.complete(
                        confirm.getId(), Map.of(OVERRIDE_PROJECT_ID.name(), union85Id, OVERRIDE_TIER.name(), "FIRST")))
                .hasMessageContaining("调整理由");
        assertThatThrownBy(() -> taskService.complete(confirm.getId(), Map.of(OVERRIDE_TIER.name(), "FIRST")))
                .hasMessageContaining("请选择要调整");
        assertThatThrownBy(() -> taskService.complete(
                        confirm.getId(), Map.of(OVERRIDE_PROJECT_ID.name(), union85Id, OVERRIDE_REASON.name(), "理由")))
                .hasMessageContaining("调整后的等次或推荐");
        assertThatThrownBy(() -> taskService.complete(
                        confirm.getId(),
                        Map.of(
                                OVERRIDE_PROJECT_ID.name(),
                                String.valueOf(failed.getId()),
                                OVERRIDE_TIER.name(),
                                "THIRD",
                                OVERRIDE_REASON.name(),
                                "理由")))
                .as("the form offers only this year's accepted projects")
                .hasMessageContaining("“调整的项目”没有“" + failed.getId() + "”这一选项");

        assertThat(pi).isWaitingAt(TASK_CONFIRM_AWARDS);
        assertThat(reload(union85).getAwardTier()).isEqualTo("EXCELLENT");
        assertThat(reload(failed).getAwardTier()).isNull();
    }

    @Test
    void onlyOneChannelPassed_onlyItsOfficeConfirms() {
        projects.deleteAll(List.of(reload(women90), reload(women80)));
        ProcessInstance pi = start();

        assertThat(officeTask(pi, "women-office")).isNull();
        completeAs(pi, "union-office", Map.of());

        assertThat(pi).isEnded().hasPassed(TASK_PUBLISH_AWARDS);
        assertThat(reload(best).getStatus()).isEqualTo(ProjectStatus.AWARDED);
    }
}
