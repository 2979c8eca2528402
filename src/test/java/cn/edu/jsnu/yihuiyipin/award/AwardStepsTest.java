package cn.edu.jsnu.yihuiyipin.award;

import static cn.edu.jsnu.yihuiyipin.process.BrandRoundProcess.Vars.*;
import static cn.edu.jsnu.yihuiyipin.process.SharedVariables.*;
import static org.assertj.core.api.Assertions.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import cn.edu.jsnu.yihuiyipin.project.BrandProject;
import cn.edu.jsnu.yihuiyipin.project.BrandRound;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatus;
import cn.edu.jsnu.yihuiyipin.project.RoundStatus;
import cn.edu.jsnu.yihuiyipin.support.ProcessScenarioTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 评选表彰 → 表彰审定及推荐 → 发布表彰结果, started from a round's data. brand-round holds these
 * steps; a three-step model with the same delegates keeps this test independent of it.
 */
class AwardStepsTest extends ProcessScenarioTest {

    private static final String PROCESS_KEY = "award-steps-check";
    private static final String TASK_CONFIRM = "Task_ConfirmAwards";

    @Autowired
    RepositoryService repositoryService;

    BrandRound round;
    BrandProject best;
    BrandProject second;
    BrandProject women90;
    BrandProject union85;
    BrandProject women80;
    BrandProject failed;

    @BeforeEach
    void setUp() {
        repositoryService
                .createDeployment()
                .name(PROCESS_KEY)
                .enableDuplicateFiltering(true)
                .addModelInstance(
                        PROCESS_KEY + ".bpmn",
                        Bpmn.createExecutableProcess(PROCESS_KEY)
                                .camundaHistoryTimeToLive(1)
                                .startEvent("StartEvent_Accepted")
                                .serviceTask("Task_RankAwards")
                                .name("评选表彰")
                                .camundaDelegateExpression("${rankAwardsDelegate}")
                                .userTask(TASK_CONFIRM)
                                .name("表彰审定及推荐")
                                .camundaCandidateGroups("union-office,women-office")
                                .camundaTaskListenerDelegateExpression("complete", "${confirmAwardsListener}")
                                .serviceTask("Task_PublishAwards")
                                .name("发布表彰结果")
                                .camundaDelegateExpression("${publishAwardsDelegate}")
                                .endEvent("EndEvent_RoundClosed")
                                .done())
                .deploy();
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
        return runtimeService.startProcessInstanceByKey(
                PROCESS_KEY, String.valueOf(round.getYear()), Map.of(ROUND_ID.name(), round.getId()));
    }

    @Test
    @SuppressWarnings("unchecked")
    void rankingProposesTiersAndRecommendations_andPublishingClosesTheRound() {
        ProcessInstance pi = start();

        assertThat(pi).isWaitingAt(TASK_CONFIRM);
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
        assertThat((String) runtimeService.getVariable(pi.getId(), AWARD_RANKING.name()))
                .contains("| 1 | 文学院分工会 | 校工会 | 书香文苑 | 95.00 | 一等奖 | 5000.00 | 是 |")
                .doesNotContain("数学趣味赛");
        assertThat((List<Object>) runtimeService.getVariable(pi.getId(), AWARD_PROJECT_OPTIONS.name()))
                .hasSize(5)
                .contains(Map.of("label", "外国语学院分工会：外语角", "value", String.valueOf(union85.getId())));

        complete(task(TASK_CONFIRM, pi));

        assertThat(pi).isEnded();
        assertThat(List.of(best, second, women90, union85, women80)).allSatisfy(p -> {
            assertThat(reload(p).getStatus()).isEqualTo(ProjectStatus.AWARDED);
            assertThat(reload(p).getAwardedAt()).isNotNull();
        });
        assertThat(reload(failed).getStatus()).isEqualTo(ProjectStatus.FAILED);
        assertThat(rounds.findById(round.getId()).orElseThrow().getStatus()).isEqualTo(RoundStatus.CLOSED);
    }

    @Test
    void officeOverridesATierAndTheRecommendation_withAReason() {
        ProcessInstance pi = start();

        complete(
                task(TASK_CONFIRM, pi),
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
        assertThat(overridden.getStatus()).isEqualTo(ProjectStatus.AWARDED);
        assertThat(reload(second).getAwardTier()).isEqualTo("SECOND");
    }

    @Test
    void officeWithdrawsARecommendationOnly_tierStays() {
        ProcessInstance pi = start();

        complete(
                task(TASK_CONFIRM, pi),
                withVariables(
                        OVERRIDE_PROJECT_ID.name(), String.valueOf(second.getId()),
                        OVERRIDE_RECOMMENDED.name(), "NO",
                        OVERRIDE_REASON.name(), "已获市级表彰"));

        assertThat(reload(second).isCityRecommended()).isFalse();
        assertThat(reload(second).getAwardTier()).isEqualTo("SECOND");
        assertThat(reload(second).getAwardAmount()).isEqualByComparingTo("3000");
    }

    @Test
    void overridesWithoutReasonProjectOrChange_areRefusedAndTheTaskStays() {
        ProcessInstance pi = start();
        Task confirm = task(TASK_CONFIRM, pi);
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
                .hasMessageContaining("不是本年度通过验收的项目");

        assertThat(pi).isWaitingAt(TASK_CONFIRM);
        assertThat(reload(union85).getAwardTier()).isEqualTo("EXCELLENT");
        assertThat(reload(failed).getAwardTier()).isNull();
    }
}
