package cn.edu.jsnu.yihuiyipin.round;

import static cn.edu.jsnu.yihuiyipin.process.BrandRoundProcess.*;
import static cn.edu.jsnu.yihuiyipin.process.BrandRoundProcess.Elements.*;
import static cn.edu.jsnu.yihuiyipin.process.BrandRoundProcess.Vars.*;
import static cn.edu.jsnu.yihuiyipin.process.SharedVariables.*;
import static org.assertj.core.api.Assertions.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import cn.edu.jsnu.yihuiyipin.project.ApplicationContent;
import cn.edu.jsnu.yihuiyipin.project.BrandProject;
import cn.edu.jsnu.yihuiyipin.project.BrandRound;
import cn.edu.jsnu.yihuiyipin.project.ProjectCategory;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatus;
import cn.edu.jsnu.yihuiyipin.project.RoundStatus;
import cn.edu.jsnu.yihuiyipin.support.NoticeTimers;
import cn.edu.jsnu.yihuiyipin.support.ProcessScenarioTest;
import cn.edu.jsnu.yihuiyipin.system.ProcessDates;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 立项公示审定 in brand-round, one task per channel's office, from the funding 核定建设经费 left
 * behind (pool 20000: 文学院分工会 7000 of 12000 requested, 计算机学院分工会 7000 of 15000, 外国语学院妇委会
 * 5800 of 10000; 200 left) to the published list.
 */
class ApprovedListConfirmationTest extends ProcessScenarioTest {

    BrandRound round;
    BrandProject wxy;
    BrandProject jsj;
    BrandProject wgy;
    BrandProject rejected;

    @BeforeEach
    void setUp() {
        round = newRound(new BigDecimal("20000.00"));
        wxy = approved("wxy-gh", "书香文苑读书会", "12000", "7000");
        jsj = approved("jsj-gh", "青年教师成长营", "15000", "7000");
        wgy = approved("wgy-fw", "巾帼外语沙龙", "10000", "5800");
        rejected = projects.save(
                new BrandProject(round, units.findByCode("lsy-gh").orElseThrow(), ProjectStatus.REJECTED));
    }

    private BrandProject approved(String unitCode, String name, String requested, String funding) {
        BrandProject project =
                new BrandProject(round, units.findByCode(unitCode).orElseThrow(), ProjectStatus.APPROVED);
        project.applyContent(new ApplicationContent(
                ProjectCategory.CULTURE,
                name,
                "负责人",
                "13800000000",
                "基础",
                "目标",
                "方案",
                "成果",
                new BigDecimal(requested),
                false,
                null));
        project.setReviewScore(new BigDecimal("85.00"));
        project.setApprovedFunding(new BigDecimal(funding).setScale(2));
        return projects.save(project);
    }

    /** brand-round as 核定建设经费 leaves it: at the per-channel 立项公示审定. */
    private ProcessInstance start() {
        return runtimeService
                .createProcessInstanceByKey(KEY)
                .businessKey(String.valueOf(round.getYear()))
                .setVariable(ROUND_ID.name(), round.getId())
                .setVariable(ROUND_YEAR.name(), round.getYear())
                .setVariable(FUNDING_POOL.name(), "20000.00")
                .setVariable(
                        ACCEPTANCE_START.name(),
                        ProcessDates.toDate(round.getSchedule().acceptanceStart()))
                .startBeforeActivity(SUBPROCESS_CONFIRM_APPROVED_LIST + "#multiInstanceBody")
                .execute();
    }

    private Task officeTask(ProcessInstance pi, String officeGroup) {
        return taskService
                .createTaskQuery()
                .processInstanceId(pi.getId())
                .taskDefinitionKey(TASK_CONFIRM_APPROVED_LIST)
                .taskCandidateGroup(officeGroup)
                .singleResult();
    }

    private String shown(Task task, String variable) {
        return (String) taskService.getVariable(task.getId(), variable);
    }

    private BrandProject reload(BrandProject project) {
        return projects.findById(project.getId()).orElseThrow();
    }

    private static Map<String, Object> confirm() {
        return Map.of(APPROVED_LIST_CONFIRMED.name(), true);
    }

    private static Map<String, Object> change(BrandProject project, String action, Object amount, String reason) {
        Map<String, Object> form = new HashMap<>();
        form.put(LIST_CHANGE_PROJECT_ID.name(), String.valueOf(project.getId()));
        form.put(LIST_CHANGE_ACTION.name(), action);
        form.put(LIST_CHANGE_AMOUNT.name(), amount);
        form.put(LIST_CHANGE_REASON.name(), reason);
        return form;
    }

    /** Completes the office's task and lets its channel's instance finish (async after each channel). */
    private void completeAs(ProcessInstance pi, String officeGroup, Map<String, Object> form) {
        taskService.complete(officeTask(pi, officeGroup).getId(), form);
        executeAsyncContinuationsUntilNone(pi.getId());
    }

    private BigDecimal fundingTotal() {
        return projects.findByRoundIdOrderById(round.getId()).stream()
                .map(BrandProject::getApprovedFunding)
                .filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void eachOfficeConfirmsItsOwnChannelsList_thenTheListIsPublished() {
        ProcessInstance pi = start();

        Task union = officeTask(pi, "union-office");
        Task women = officeTask(pi, "women-office");
        assertThat(taskQuery()
                        .processInstanceId(pi.getId())
                        .taskDefinitionKey(TASK_CONFIRM_APPROVED_LIST)
                        .count())
                .isEqualTo(2);
        assertThat(taskService.getIdentityLinksForTask(union.getId()))
                .noneMatch(link -> "women-office".equals(link.getGroupId()));
        assertThat(shown(union, APPROVED_LIST_SUMMARY.name()))
                .contains("文学院分工会：书香文苑读书会（文化涵育类，评审得分 85.00，申请 12000.00 元，核定 7000.00 元）")
                .contains("青年教师成长营")
                .doesNotContain("巾帼外语沙龙");
        assertThat(shown(women, APPROVED_LIST_SUMMARY.name()))
                .contains("巾帼外语沙龙")
                .doesNotContain("书香文苑");
        assertThat(shown(union, CHANNEL_FUNDING.name())).isEqualTo("14000.00");
        assertThat(shown(women, CHANNEL_FUNDING.name())).isEqualTo("5800.00");
        assertThat(shown(union, ALLOCATED_FUNDING.name())).isEqualTo("19800.00");
        assertThat(shown(women, CHANNEL_LABEL.name())).isEqualTo("校妇联");

        assertThatThrownBy(() -> taskService.complete(union.getId())).hasMessageContaining("请勾选");
        completeAs(pi, "union-office", confirm());
        assertThat(pi).as("the list waits for the other office").isWaitingAt(TASK_CONFIRM_APPROVED_LIST);
        assertThat(reload(wxy).getStatus()).isEqualTo(ProjectStatus.APPROVED);

        completeAs(pi, "women-office", confirm());

        assertThat(pi).hasPassed(TASK_PUBLISH_APPROVED_LIST).isWaitingAt(CALL_CULTIVATION);
        assertThat(List.of(wxy, jsj, wgy))
                .allSatisfy(p -> assertThat(statusTrail(p.getId())).endsWith("PUBLISHED", "BUILDING"));
        assertThat(reload(rejected).getStatus()).isEqualTo(ProjectStatus.REJECTED);
        assertThat(rounds.findById(round.getId()).orElseThrow().getStatus()).isEqualTo(RoundStatus.CULTIVATION);
    }

    /** Each channel's task has its reminder and escalation; both fire beside the tasks and leave them open. */
    @Test
    void reminderAndEscalationTimersLeaveBothOfficesTasksOpen() {
        ProcessInstance pi = start();
        NoticeTimers timers = new NoticeTimers(managementService, taskService);
        timers.remind(pi, TASK_CONFIRM_APPROVED_LIST);
        timers.escalate(pi, TASK_CONFIRM_APPROVED_LIST);

        completeAs(pi, "union-office", confirm());
        completeAs(pi, "women-office", confirm());
        assertThat(pi)
                .hasPassed(
                        "EndEvent_Remind_ConfirmApprovedList",
                        "EndEvent_Escalate_ConfirmApprovedList",
                        TASK_PUBLISH_APPROVED_LIST);
    }

    @Test
    void officeChangesFundingWithAReason_theTaskComesBackWithTheRefreshedList() {
        ProcessInstance pi = start();

        completeAs(pi, "union-office", change(wxy, LIST_CHANGE_FUNDING, "5000", "方案压缩，经费相应调减"));

        assertThat(reload(wxy).getApprovedFunding()).isEqualByComparingTo("5000");
        assertThat(statusHistory.findByProjectIdOrderById(wxy.getId())).last().satisfies(change -> {
            assertThat(change.getStatus()).isEqualTo(ProjectStatus.APPROVED);
            assertThat(change.getNote()).isEqualTo("立项公示审定（校工会）调整核定经费：7000.00 元 → 5000.00 元。理由：方案压缩，经费相应调减");
        });
        Task again = officeTask(pi, "union-office");
        assertThat(again).as("the union office reviews its refreshed list").isNotNull();
        assertThat(shown(again, APPROVED_LIST_SUMMARY.name())).contains("核定 5000.00 元");
        assertThat(shown(again, CHANNEL_FUNDING.name())).isEqualTo("12000.00");
        assertThat(taskService.getVariable(again.getId(), LIST_CHANGE_PROJECT_ID.name()))
                .as("the form starts blank again")
                .isNull();

        // 2200 are free now: 计算机学院 may get up to 9200, within its request of 15000
        completeAs(pi, "union-office", change(jsj, LIST_CHANGE_FUNDING, 9200, "示范性强，增加经费"));
        assertThat(reload(jsj).getApprovedFunding()).isEqualByComparingTo("9200");
        assertThat(fundingTotal()).isEqualByComparingTo("20000");

        completeAs(pi, "union-office", confirm());
        completeAs(pi, "women-office", confirm());
        assertThat(pi).hasPassed(TASK_PUBLISH_APPROVED_LIST);
        assertThat(reload(jsj).getStatus()).isEqualTo(ProjectStatus.BUILDING);
        assertThat(reload(jsj).getApprovedFunding()).isEqualByComparingTo("9200");
    }

    @Test
    void fundingAboveTheRequestOrBeyondThePool_isRefusedAndTheTaskStays() {
        ProcessInstance pi = start();
        Task union = officeTask(pi, "union-office");

        assertThatThrownBy(
                        () -> taskService.complete(union.getId(), change(wxy, LIST_CHANGE_FUNDING, "12000.01", "理由")))
                .hasMessageContaining("不能超过该项目申请的经费（12000.00 元）");
        assertThatThrownBy(() -> taskService.complete(union.getId(), change(wxy, LIST_CHANGE_FUNDING, "7200.01", "理由")))
                .hasMessageContaining("超过经费总额 20000.00 元")
                .hasMessageContaining("本项目至多可核定 7200.00 元");
        assertThatThrownBy(() -> taskService.complete(union.getId(), change(wxy, LIST_CHANGE_FUNDING, "-1", "理由")))
                .hasMessageContaining("“调整后的核定经费（元）”格式不正确，收到：-1");
        assertThatThrownBy(() -> taskService.complete(union.getId(), change(wxy, LIST_CHANGE_FUNDING, null, "理由")))
                .hasMessageContaining("请填写“调整后的核定经费”");

        assertThat(officeTask(pi, "union-office").getId()).isEqualTo(union.getId());
        assertThat(reload(wxy).getApprovedFunding()).isEqualByComparingTo("7000");
    }

    @Test
    void bothOfficesShareOnePool_whatOneOfficeTakesTheOtherCannotSpend() {
        ProcessInstance pi = start();

        completeAs(pi, "union-office", change(wxy, LIST_CHANGE_FUNDING, "7200", "补足活动场地费"));

        Task women = officeTask(pi, "women-office");
        assertThatThrownBy(() -> taskService.complete(women.getId(), change(wgy, LIST_CHANGE_FUNDING, "5900", "理由")))
                .hasMessageContaining("本项目至多可核定 5800.00 元");
        completeAs(pi, "women-office", change(wgy, LIST_CHANGE_FUNDING, "5800", "维持原核定"));
        assertThat(fundingTotal()).isEqualByComparingTo("20000");
    }

    @Test
    void officeWithdrawsAProject_itIsNotPublishedAndItsFundingReturnsToThePool() {
        ProcessInstance pi = start();

        completeAs(pi, "union-office", change(jsj, LIST_CHANGE_WITHDRAW, null, "公示期间收到实名异议，经核实属实"));

        BrandProject withdrawn = reload(jsj);
        assertThat(withdrawn.getStatus()).isEqualTo(ProjectStatus.REJECTED);
        assertThat(withdrawn.getApprovedFunding()).isNull();
        assertThat(statusHistory.findByProjectIdOrderById(jsj.getId()))
                .last()
                .satisfies(change ->
                        assertThat(change.getNote()).isEqualTo("立项公示审定（校工会）不予立项（原核定 7000.00 元）。理由：公示期间收到实名异议，经核实属实"));
        Task again = officeTask(pi, "union-office");
        assertThat(shown(again, APPROVED_LIST_SUMMARY.name()))
                .contains("书香文苑读书会")
                .doesNotContain("青年教师成长营");
        // the 7000 are back in the pool: 文学院 may now get its whole request
        completeAs(pi, "union-office", change(wxy, LIST_CHANGE_FUNDING, "12000", "获得校级示范立项"));
        completeAs(pi, "union-office", confirm());
        completeAs(pi, "women-office", confirm());

        assertThat(pi).hasPassed(TASK_PUBLISH_APPROVED_LIST);
        assertThat(reload(jsj).getStatus()).isEqualTo(ProjectStatus.REJECTED);
        assertThat(statusTrail(jsj.getId())).doesNotContain("PUBLISHED", "BUILDING");
        assertThat(reload(wxy).getApprovedFunding()).isEqualByComparingTo("12000");
        assertThat(fundingTotal()).isLessThanOrEqualTo(new BigDecimal("20000"));
        assertThat(runtimeService
                        .createProcessInstanceQuery()
                        .superProcessInstanceId(pi.getId())
                        .count())
                .as("one cultivation per published project")
                .isEqualTo(2);
    }

    @Test
    void officeChangingAnotherChannelsProject_isRefusedAndNothingChanges() {
        ProcessInstance pi = start();
        Task union = officeTask(pi, "union-office");

        assertThatThrownBy(() -> taskService.complete(union.getId(), change(wgy, LIST_CHANGE_WITHDRAW, null, "理由")))
                .as("the form offers only the channel's own list")
                .hasMessageContaining("“调整的项目”没有“" + wgy.getId() + "”这一选项");
        assertThatThrownBy(
                        () -> taskService.complete(union.getId(), change(rejected, LIST_CHANGE_WITHDRAW, null, "理由")))
                .as("a project not on the list is not an option either")
                .hasMessageContaining("“调整的项目”没有“" + rejected.getId() + "”这一选项");

        assertThat(reload(wgy).getStatus()).isEqualTo(ProjectStatus.APPROVED);
        assertThat(officeTask(pi, "union-office").getId()).isEqualTo(union.getId());
    }

    @Test
    void officeSendingAnotherChannelWithItsCompletion_isRefused() {
        ProcessInstance pi = start();
        Task union = officeTask(pi, "union-office");
        Map<String, Object> forged = change(wxy, LIST_CHANGE_WITHDRAW, null, "理由");
        forged.put(CHANNEL.name(), "WOMEN");
        forged.put(OFFICE_GROUP.name(), "women-office");

        assertThatThrownBy(() -> taskService.complete(union.getId(), forged)).hasMessageContaining("不能修改流程数据");

        assertThat(reload(wxy).getStatus()).isEqualTo(ProjectStatus.APPROVED);
        assertThat(reload(wgy).getStatus()).isEqualTo(ProjectStatus.APPROVED);
        assertThat(officeTask(pi, "union-office").getId()).isEqualTo(union.getId());
    }

    @Test
    void incompleteOrContradictorySubmissions_areRefusedAndTheTaskStays() {
        ProcessInstance pi = start();
        Task union = officeTask(pi, "union-office");
        Map<String, Object> changeAndConfirm = change(wxy, LIST_CHANGE_WITHDRAW, null, "理由");
        changeAndConfirm.put(APPROVED_LIST_CONFIRMED.name(), true);

        assertThatThrownBy(() -> taskService.complete(union.getId(), changeAndConfirm))
                .hasMessageContaining("调整名单时请不要勾选");
        assertThatThrownBy(() -> taskService.complete(union.getId(), change(wxy, null, null, "理由")))
                .hasMessageContaining("请选择调整方式");
        assertThatThrownBy(() -> taskService.complete(union.getId(), change(wxy, LIST_CHANGE_WITHDRAW, null, " ")))
                .hasMessageContaining("调整理由");
        assertThatThrownBy(() -> taskService.complete(union.getId(), change(wxy, "DELETE", null, "理由")))
                .hasMessageContaining("“调整方式”没有“DELETE”这一选项");
        assertThatThrownBy(() ->
                        taskService.complete(union.getId(), Map.of(LIST_CHANGE_ACTION.name(), LIST_CHANGE_WITHDRAW)))
                .hasMessageContaining("请选择要调整的项目");

        assertThat(officeTask(pi, "union-office").getId()).isEqualTo(union.getId());
        assertThat(reload(wxy).getStatus()).isEqualTo(ProjectStatus.APPROVED);
    }

    @Test
    void aChannelWithoutApprovedProjectsGetsNoTask() {
        projects.delete(reload(wgy));
        ProcessInstance pi = start();

        assertThat(officeTask(pi, "women-office")).isNull();
        completeAs(pi, "union-office", confirm());

        assertThat(pi).hasPassed(TASK_PUBLISH_APPROVED_LIST);
    }

    @Test
    void aRoundWithoutApprovedProjectsGoesOnWithoutAnyOfficeTask() {
        projects.deleteAll(List.of(reload(wxy), reload(jsj), reload(wgy)));

        ProcessInstance pi = start();
        // 评选表彰 runs in a job of its own
        executeAsyncContinuationsUntilNone(pi.getId());

        // nothing to publish, cultivate or award: the round runs to its end
        assertThat(pi).isEnded().hasPassed(TASK_PUBLISH_APPROVED_LIST).hasNotPassed(TASK_CONFIRM_APPROVED_LIST);
        assertThat(rounds.findById(round.getId()).orElseThrow().getStatus()).isEqualTo(RoundStatus.CLOSED);
    }
}
