package cn.edu.jsnu.yihuiyipin.people;

import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.*;
import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.Elements.*;
import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.Vars.*;
import static cn.edu.jsnu.yihuiyipin.process.SharedVariables.*;
import static org.assertj.core.api.Assertions.*;

import cn.edu.jsnu.yihuiyipin.project.BrandRound;
import cn.edu.jsnu.yihuiyipin.support.ApplicationSteps;
import cn.edu.jsnu.yihuiyipin.support.ProcessScenarioTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What each role may do, through the Java API as the webapps and REST call it (authenticated user and
 * groups set, authorization enabled). Unit A is 文学院分工会, B 历史文化与旅游学院分工会 (same channel) and
 * C 外国语学院妇委会 (the other channel).
 */
class AuthorizationTest extends ProcessScenarioTest {

    static final String UNIT_A = "wxy-gh";
    static final String UNIT_B = "lsy-gh";
    static final String UNIT_C = "wgy-fw";

    @Autowired
    HistoryService historyService;

    @Autowired
    AuthorizationService authorizationService;

    @Autowired
    FilterService filterService;

    @Autowired
    JdbcTemplate jdbc;

    private BrandRound round;

    @BeforeEach
    void people() {
        members("unit-wxy-gh", "az-unit-a");
        members("unit-lsy-gh", "az-unit-b");
        members("unit-wgy-fw", "az-unit-c");
        members("union-office", "az-union-office");
        members("women-office", "az-women-office");
        members("experts-union", "az-expert", "az-expert-wxy");
        members("unit-wxy-gh", "az-expert-wxy");
        round = newRound(new BigDecimal("100000"));
    }

    @AfterEach
    void forget() {
        identityService.clearAuthentication();
        // the expert panels are shared with the other tests, which count their reviewers
        TestPeople.forget(
                identityService,
                authorizationService,
                "az-unit-a",
                "az-unit-b",
                "az-unit-c",
                "az-union-office",
                "az-women-office",
                "az-expert",
                "az-expert-wxy");
    }

    private ProcessInstance start(String unitCode) {
        return ApplicationSteps.start(runtimeService, round, unitCode);
    }

    /** The instance's one task on the main path: the unit's 撤回申报 stands beside 形式审查. */
    private Task task(ProcessInstance pi) {
        List<Task> tasks = taskService.createTaskQuery().processInstanceId(pi.getId()).list().stream()
                .filter(t -> !TASK_WITHDRAW_APPLICATION.equals(t.getTaskDefinitionKey()))
                .toList();
        assertThat(tasks).hasSize(1);
        return tasks.get(0);
    }

    /** Acts as the user, with the groups the identity service knows, as the webapps and REST do. */
    private void as(String userId) {
        TestPeople.authenticate(identityService, userId);
    }

    private static Map<String, Object> application(String name) {
        return ApplicationSteps.application(name, "CULTURE", 12000);
    }

    @Test
    void unitSeesAndWorksOnlyItsOwnTask() {
        ProcessInstance a = start(UNIT_A);
        ProcessInstance b = start(UNIT_B);
        ProcessInstance c = start(UNIT_C);
        String taskA = task(a).getId();
        String taskB = task(b).getId();
        String taskC = task(c).getId();
        TestPeople.letCoverageListenerReadDefinition(authorizationService, "az-unit-a", KEY);

        as("az-unit-a");
        assertThat(taskService
                        .createTaskQuery()
                        .processInstanceBusinessKeyLike(round.getYear() + "/%")
                        .list())
                .extracting(Task::getId)
                .containsExactly(taskA);
        for (String foreign : List.of(taskB, taskC)) {
            assertRefused(() -> taskService.claim(foreign, "az-unit-a"));
            assertRefused(() -> taskService.getVariables(foreign));
            assertRefused(() -> taskService.complete(foreign, application("冒名申报")));
        }
        // no way around the tasks: instances, variables and history stay closed
        assertThat(runtimeService.createProcessInstanceQuery().count()).isZero();
        assertThat(runtimeService.createVariableInstanceQuery().count()).isZero();
        assertThat(historyService.createHistoricProcessInstanceQuery().count()).isZero();
        assertThat(historyService.createHistoricVariableInstanceQuery().count()).isZero();
        assertThat(historyService.createHistoricTaskInstanceQuery().count()).isZero();

        // its own task: claim, read what the form shows, complete
        taskService.claim(taskA, "az-unit-a");
        assertThat(taskService.getVariables(taskA)).containsEntry(UNIT_NAME.name(), "文学院分工会");
        taskService.complete(taskA, application("教工读书会"));
        identityService.clearAuthentication();

        assertThat(task(a).getTaskDefinitionKey()).isEqualTo(TASK_FORMAL_CHECK_UNION);
        assertThat(task(b).getAssignee()).as("B's task untouched").isNull();
    }

    @Test
    void officesSeeTheirOwnChannelOnly() {
        ProcessInstance a = start(UNIT_A);
        ProcessInstance c = start(UNIT_C);
        taskService.complete(task(a).getId(), application("教工读书会"));
        taskService.complete(task(c).getId(), application("巾帼读书会"));
        String checkA = task(a).getId();
        String checkC = task(c).getId();

        as("az-union-office");
        assertThat(taskService
                        .createTaskQuery()
                        .processInstanceBusinessKeyLike(round.getYear() + "/%")
                        .list())
                .as("A's 形式审查 and the 撤回申报 beside it (the office reads its channel's instances), nothing of C")
                .extracting(Task::getTaskDefinitionKey, Task::getProcessInstanceId)
                .containsExactlyInAnyOrder(
                        tuple(TASK_FORMAL_CHECK_UNION, a.getId()), tuple(TASK_WITHDRAW_APPLICATION, a.getId()));
        assertRefusedByTenant(() -> taskService.getVariables(checkC));
        assertRefusedByTenant(() -> taskService.claim(checkC, "az-union-office"));
        assertThat(taskService.getVariable(checkA, PROJECT_NAME.name())).isEqualTo("教工读书会");
        assertThat(runtimeService.createProcessInstanceQuery().count())
                .as("no instance beyond its tasks")
                .isZero();
        assertThat(historyService.createHistoricProcessInstanceQuery().count()).isZero();

        as("az-women-office");
        assertThat(taskService
                        .createTaskQuery()
                        .processInstanceBusinessKeyLike(round.getYear() + "/%")
                        .list())
                .as("C's 形式审查 and the 撤回申报 beside it, nothing of A")
                .extracting(Task::getTaskDefinitionKey, Task::getProcessInstanceId)
                .containsExactlyInAnyOrder(
                        tuple(TASK_FORMAL_CHECK_WOMEN, c.getId()), tuple(TASK_WITHDRAW_APPLICATION, c.getId()));
        assertThat(task(c).getId()).isEqualTo(checkC);
        assertRefusedByTenant(
                () -> taskService.complete(checkA, Map.of(FORMAL_CHECK_RESULT.name(), FORMAL_CHECK_PASS)));
    }

    @Test
    void unitsInstancesRunInTheirChannelsTenantAndOfficesHoldNoGrantPerTask() {
        ProcessInstance a = start(UNIT_A);
        ProcessInstance c = start(UNIT_C);
        assertThat(a.getTenantId()).isEqualTo("union");
        assertThat(c.getTenantId()).isEqualTo("women");
        Task apply = task(a);
        assertThat(apply.getTenantId()).isEqualTo("union");
        assertThat(authorizationService
                        .createAuthorizationQuery()
                        .resourceType(Resources.TASK)
                        .resourceId(apply.getId())
                        .groupIdIn(Roles.UNION_OFFICE, Roles.WOMEN_OFFICE)
                        .count())
                .as("the office reads the unit's 填报申报表 through its grant on the definition, not a grant of its own")
                .isZero();
        assertThat(authorizationService
                        .createAuthorizationQuery()
                        .resourceType(Resources.PROCESS_DEFINITION)
                        .resourceId(KEY)
                        .groupIdIn(Roles.UNION_OFFICE)
                        .singleResult()
                        .getPermissions(ProcessDefinitionPermissions.values()))
                .contains(ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.TASK_ASSIGN)
                .doesNotContain(ProcessDefinitionPermissions.TASK_WORK, ProcessDefinitionPermissions.UPDATE_TASK);

        as("az-union-office");
        assertThat(taskService.createTaskQuery().taskId(apply.getId()).count()).isOne();
        assertRefused(() -> taskService.complete(apply.getId(), application("代填申报")));
        as("az-women-office");
        assertThat(taskService.createTaskQuery().taskId(apply.getId()).count()).isZero();
    }

    @Test
    void instancesStartedBeforeTenantsGetTheirChannelsTenantOnStart() {
        ProcessInstance a = start(UNIT_A);
        ProcessInstance c = start(UNIT_C);
        // as an earlier version left them: no tenant anywhere in the two instances' runtime rows
        jdbc.update(
                "update ACT_RU_IDENTITYLINK set TENANT_ID_ = null where TASK_ID_ in"
                        + " (select ID_ from ACT_RU_TASK where PROC_INST_ID_ in (?, ?))",
                a.getId(),
                c.getId());
        for (String table : List.of("ACT_RU_EXECUTION", "ACT_RU_TASK", "ACT_RU_VARIABLE")) {
            jdbc.update(
                    "update " + table + " set TENANT_ID_ = null where PROC_INST_ID_ in (?, ?)", a.getId(), c.getId());
        }
        assertThat(task(a).getTenantId()).isNull();

        new EarlierInstanceTenants(jdbc).assign();

        assertThat(runtimeService
                        .createProcessInstanceQuery()
                        .processInstanceId(a.getId())
                        .singleResult()
                        .getTenantId())
                .isEqualTo("union");
        assertThat(task(a).getTenantId()).isEqualTo("union");
        assertThat(task(c).getTenantId()).isEqualTo("women");
        assertThat(jdbc.queryForObject(
                        "select count(*) from ACT_RU_VARIABLE where PROC_INST_ID_ in (?, ?) and TENANT_ID_ is null",
                        Integer.class,
                        a.getId(),
                        c.getId()))
                .isZero();
        String earlierTaskOfA = task(a).getId();
        as("az-women-office");
        assertThat(taskService.createTaskQuery().taskId(earlierTaskOfA).count())
                .as("the other channel's earlier task stays out of the women's office's list")
                .isZero();
    }

    /** Refused by a missing grant (same channel) or by the tenant check (other channel). */
    private static void assertRefused(ThrowingCallable call) {
        assertThatThrownBy(call)
                .satisfiesAnyOf(
                        thrown -> assertThat(thrown).isInstanceOf(AuthorizationException.class),
                        thrown -> assertThat(thrown).hasMessageStartingWith("ENGINE-13034"));
    }

    /** The other channel's task: its tenant is not the user's. */
    private static void assertRefusedByTenant(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(ProcessEngineException.class).hasMessageStartingWith("ENGINE-13034");
    }

    @Test
    void recusedExpertGetsNoTaskAndCannotReachTheOthers() {
        ProcessInstance a = start(UNIT_A);
        taskService.complete(task(a).getId(), application("教工读书会"));
        taskService.complete(task(a).getId(), Map.of(FORMAL_CHECK_RESULT.name(), FORMAL_CHECK_PASS));
        managementService.executeJob(jobs.at(TIMER_REVIEW_PERIOD_OPENS, a).getId());
        // 分配评审专家 is asynchronous
        managementService.executeJob(managementService
                .createJobQuery()
                .processInstanceId(a.getId())
                .activityId(TASK_ASSIGN_REVIEWERS)
                .singleResult()
                .getId());
        Task review = taskService
                .createTaskQuery()
                .processInstanceId(a.getId())
                .taskAssignee("az-expert")
                .singleResult();
        assertThat(review).isNotNull();

        as("az-expert-wxy");
        assertThat(taskService.createTaskQuery().processInstanceId(a.getId()).count())
                .isZero();
        assertThatThrownBy(() -> taskService.getVariables(review.getId())).isInstanceOf(AuthorizationException.class);

        as("az-expert");
        assertThat(taskService.createTaskQuery().processInstanceId(a.getId()).list())
                .extracting(Task::getId)
                .containsExactly(review.getId());
        assertThat(taskService.getVariable(review.getId(), PROJECT_NAME.name())).isEqualTo("教工读书会");
    }

    @Test
    void onlyAdminsReachCockpitAndAdmin() {
        for (String group : roleGroups()) {
            List<String> groups = List.of(group);
            assertThat(authorizationService.isUserAuthorized(
                            "nobody", groups, Permissions.ACCESS, Resources.APPLICATION, "tasklist"))
                    .as(group + " enters Tasklist")
                    .isTrue();
            assertThat(authorizationService.isUserAuthorized(
                            "nobody", groups, Permissions.ACCESS, Resources.APPLICATION, "cockpit"))
                    .as(group + " stays out of Cockpit")
                    .isFalse();
            assertThat(authorizationService.isUserAuthorized(
                            "nobody", groups, Permissions.ACCESS, Resources.APPLICATION, "admin"))
                    .as(group + " stays out of Admin")
                    .isFalse();
        }
        assertThat(authorizationService.isUserAuthorized(
                        "admin", List.of(Roles.ADMINS), Permissions.ACCESS, Resources.APPLICATION, "cockpit"))
                .isTrue();
    }

    @Test
    void eachRoleReadsItsFilters() {
        assertThat(filterNames("az-unit-a")).containsExactlyInAnyOrder("我的待办", "本单位任务");
        assertThat(filterNames("az-union-office")).containsExactlyInAnyOrder("我的待办", "校工会全部任务", "校工会渠道全部待办");
        assertThat(filterNames("az-women-office")).containsExactlyInAnyOrder("我的待办", "校妇联全部任务", "校妇联渠道全部待办");
        assertThat(filterNames("az-expert")).containsExactlyInAnyOrder("我的待办", "专家评审");
        // a unit member who is also an expert gets both
        assertThat(filterNames("az-expert-wxy")).containsExactlyInAnyOrder("我的待办", "本单位任务", "专家评审");
    }

    private List<String> filterNames(String user) {
        as(user);
        try {
            return filterService.createTaskFilterQuery().list().stream()
                    .map(Filter::getName)
                    .toList();
        } finally {
            identityService.clearAuthentication();
        }
    }

    @Test
    void bootstrapMadeEveryGroupAndRunsAgainWithoutChange() {
        assertThat(identityService
                        .createGroupQuery()
                        .groupId("union-office")
                        .singleResult()
                        .getName())
                .isEqualTo("校工会");
        assertThat(identityService
                        .createGroupQuery()
                        .groupId("experts-women")
                        .singleResult()
                        .getName())
                .isEqualTo("校妇联评审专家");
        // read from grassroots_unit, so Flyway had run when the engine was built
        assertThat(identityService
                        .createGroupQuery()
                        .groupId("unit-wgy-fw")
                        .singleResult()
                        .getName())
                .isEqualTo("外国语学院妇委会");
        assertThat(units.findByActiveTrueOrderBySortOrder())
                .allSatisfy(unit -> assertThat(identityService
                                .createGroupQuery()
                                .groupId(unit.getGroupId())
                                .count())
                        .isOne());

        long authorizations = authorizationService.createAuthorizationQuery().count();
        long filters = filterService.createFilterQuery().count();
        new IdentityBootstrap(new org.springframework.jdbc.core.JdbcTemplate(dataSource))
                .postProcessEngineBuild(engine);
        assertThat(authorizationService.createAuthorizationQuery().count()).isEqualTo(authorizations);
        assertThat(filterService.createFilterQuery().count()).isEqualTo(filters);
    }

    @Autowired
    javax.sql.DataSource dataSource;

    private List<String> roleGroups() {
        List<String> groups =
                new java.util.ArrayList<>(List.of("union-office", "women-office", "experts-union", "experts-women"));
        units.findByActiveTrueOrderBySortOrder().forEach(unit -> groups.add(unit.getGroupId()));
        return groups;
    }
}
