package cn.edu.jsnu.yihuiyipin.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.edu.jsnu.yihuiyipin.people.TestPeople;
import cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess;
import cn.edu.jsnu.yihuiyipin.process.BrandRoundProcess;
import cn.edu.jsnu.yihuiyipin.process.DemoTimeProcess;
import cn.edu.jsnu.yihuiyipin.project.BrandProject;
import cn.edu.jsnu.yihuiyipin.project.BrandProjectRepository;
import cn.edu.jsnu.yihuiyipin.project.BrandRound;
import cn.edu.jsnu.yihuiyipin.project.BrandRoundRepository;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatus;
import cn.edu.jsnu.yihuiyipin.project.RoundStatus;
import cn.edu.jsnu.yihuiyipin.support.RunningApplication;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What a newcomer gets from {@code ./mvnw spring-boot:run} on an empty database: every demo user of the
 * README has a task waiting on signing in (asked as that user, with that user's groups), last year's
 * round is complete in the history (what offices and admins look back on), and a restart on the same H2
 * file doubles nothing.
 */
class DemoProfileTest {

    /** Per README demo user: the task names they find, part of each. */
    static final Map<String, List<String>> FIRST_TASKS = Map.of(
            "admin", List.of("演示：进入下一阶段"),
            "gh-office", List.of("计算机科学与技术学院分工会 · 校工会形式审查", "数学与统计学院分工会 · 立项审定"),
            "fl-office", List.of("教育科学学院妇委会 · 校妇联形式审查", "音乐学院妇委会 · 立项审定"),
            "wxy-gh", List.of("文学院分工会 · 填报项目申报表"),
            "wgy-fw", List.of("外国语学院妇委会 · 填报项目申报表"),
            "zj-gh1", List.of("历史文化与旅游学院分工会 · 专家评审"),
            "zj-gh2", List.of("历史文化与旅游学院分工会 · 专家评审"),
            "zj-gh3", List.of("历史文化与旅游学院分工会 · 专家评审", "文学院分工会 · 填报项目申报表"),
            "zj-fl1", List.of("文学院妇委会 · 专家评审"),
            "zj-fl2", List.of("文学院妇委会 · 专家评审"));

    @TempDir
    Path dataDir;

    @Test
    void firstStartGivesEveryDemoUserWorkAndLastYearsRound_aRestartAddsNothing() throws Exception {
        Map<String, Object> fileDatabase = Map.of(
                "spring.datasource.url",
                "jdbc:h2:file:" + dataDir.resolve("demo").toAbsolutePath(),
                // nothing may fall due on its own while the test looks
                "camunda.bpm.job-execution.enabled",
                "false");
        int year = LocalDate.now().getYear();

        long authorizations;
        long tasks;
        try (ConfigurableApplicationContext first = RunningApplication.start(fileDatabase, "demo")) {
            first.getBean(DemoRound.class).story().get(15, TimeUnit.MINUTES);
            ProcessEngine engine = first.getBean(ProcessEngine.class);
            assertThat(engine.getIdentityService().createUserQuery().list()).hasSize(DemoOrganisation.USERS.size() + 1);
            assertThat(FIRST_TASKS.keySet())
                    .as("every demo user of the README")
                    .containsExactlyInAnyOrderElementsOf(users(engine));

            FIRST_TASKS.forEach((user, expected) -> assertThat(waitingFor(engine, user))
                    .as("what %s finds on signing in", user)
                    .allSatisfy(name -> assertThat(name).isNotBlank())
                    .satisfies(names -> expected.forEach(part -> assertThat(names)
                            .as("%s finds %s", user, part)
                            .anySatisfy(name -> assertThat(name).contains(part)))));
            assertThat(waitingFor(engine, "zj-gh3"))
                    .as("回避: no review of 文学院分工会's project")
                    .noneMatch(name -> name.startsWith("文学院分工会 · 专家评审"));

            // this year's round in flight, with one application returned for revision
            BrandRoundRepository rounds = first.getBean(BrandRoundRepository.class);
            BrandProjectRepository projects = first.getBean(BrandProjectRepository.class);
            BrandRound current = rounds.findByYear(year).orElseThrow();
            assertThat(current.getStatus()).isEqualTo(RoundStatus.APPLICATION);
            assertThat(current.getSchedule().applicationDeadline().toLocalDate())
                    .as("dated from today on: nothing runs out on its own")
                    .isEqualTo(LocalDate.now().plusDays(14));
            assertThat(projects.findByRoundIdOrderById(current.getId()))
                    .filteredOn(p -> p.getUnit().getCode().equals("wgy-fw"))
                    .singleElement()
                    .satisfies(p -> assertThat(p.getStatus()).isEqualTo(ProjectStatus.RETURNED));

            // last year's round, complete, as the offices and the admin look back on it
            HistoricProcessInstance lastYear = engine.getHistoryService()
                    .createHistoricProcessInstanceQuery()
                    .processDefinitionKey(BrandRoundProcess.KEY)
                    .processInstanceBusinessKey(String.valueOf(year - 1))
                    .singleResult();
            assertThat(lastYear.getEndTime()).as("last year's round has ended").isNotNull();
            assertThat(lastYear.getState()).isEqualTo(HistoricProcessInstance.STATE_COMPLETED);
            BrandRound past = rounds.findByYear(year - 1).orElseThrow();
            assertThat(past.getStatus()).isEqualTo(RoundStatus.CLOSED);
            List<BrandProject> pastProjects = projects.findByRoundIdOrderById(past.getId());
            assertThat(pastProjects)
                    .as("applications from most units of both channels")
                    .filteredOn(p -> p.getStatus() == ProjectStatus.AWARDED)
                    .hasSizeGreaterThanOrEqualTo(10)
                    .allSatisfy(p -> assertThat(p.getAwardTier()).isNotNull())
                    .anySatisfy(p -> assertThat(p.isCityRecommended()).isTrue())
                    .extracting(p -> p.getUnit().getChannel().name())
                    .contains("UNION", "WOMEN");
            assertThat(pastProjects)
                    .extracting(BrandProject::getStatus)
                    .contains(
                            ProjectStatus.REJECTED,
                            ProjectStatus.FAILED,
                            ProjectStatus.NOT_APPLYING,
                            ProjectStatus.OVERDUE);
            assertThat(pastProjects)
                    .filteredOn(p -> p.getUnit().getCode().equals(DemoStory.ADJUSTED_LAST_YEAR))
                    .singleElement()
                    .satisfies(p -> assertThat(p.getDecision()).isEqualTo("APPROVE_AFTER_ADJUSTMENT"));
            assertThat(engine.getHistoryService()
                            .createHistoricProcessInstanceQuery()
                            .processDefinitionKey(BrandApplicationProcess.KEY)
                            .processInstanceBusinessKeyLike((year - 1) + "/%")
                            .unfinished()
                            .count())
                    .as("nothing of last year still running")
                    .isZero();
            engine.getIdentityService().setAuthentication("admin", List.of("camunda-admin"));
            try {
                assertThat(engine.getHistoryService()
                                .createHistoricProcessInstanceQuery()
                                .processDefinitionKey(BrandRoundProcess.KEY)
                                .finished()
                                .count())
                        .as("the admin sees last year's round in the history (Cockpit)")
                        .isOne();
            } finally {
                engine.getIdentityService().clearAuthentication();
            }
            assertThat(engine.getIdentityService().checkPassword("wxy-gh", DemoOrganisation.PASSWORD))
                    .isTrue();
            authorizations =
                    engine.getAuthorizationService().createAuthorizationQuery().count();
            tasks = engine.getTaskService().createTaskQuery().count();
        }

        try (ConfigurableApplicationContext second = RunningApplication.start(fileDatabase, "demo")) {
            second.getBean(DemoRound.class).story().get(15, TimeUnit.MINUTES);
            ProcessEngine engine = second.getBean(ProcessEngine.class);
            assertThat(second.getBean(BrandRoundRepository.class).count()).isEqualTo(2);
            assertThat(engine.getTaskService().createTaskQuery().count()).isEqualTo(tasks);
            assertThat(engine.getRuntimeService()
                            .createProcessInstanceQuery()
                            .processDefinitionKey(DemoTimeProcess.KEY)
                            .count())
                    .as("one 演示：进入下一阶段")
                    .isOne();
            assertThat(engine.getIdentityService().createUserQuery().count())
                    .isEqualTo(DemoOrganisation.USERS.size() + 1);
            assertThat(engine.getAuthorizationService()
                            .createAuthorizationQuery()
                            .count())
                    .isEqualTo(authorizations);
            // 我的待办, 本单位任务, 专家评审, two per office (its own tasks, its whole channel), the admin's 演示时间
            assertThat(engine.getFilterService().createTaskFilterQuery().count())
                    .isEqualTo(8);
        }
    }

    private static List<String> users(ProcessEngine engine) {
        return engine.getIdentityService().createUserQuery().list().stream()
                .map(org.camunda.bpm.engine.identity.User::getId)
                .toList();
    }

    /** The open tasks {@code user} may see among their groups' and their own, asked as the user. */
    static List<String> waitingFor(ProcessEngine engine, String user) {
        TestPeople.authenticate(engine.getIdentityService(), user);
        try {
            List<String> groups =
                    engine.getIdentityService().getCurrentAuthentication().getGroupIds();
            List<String> names = new ArrayList<>();
            engine
                    .getTaskService()
                    .createTaskQuery()
                    .taskCandidateGroupIn(groups)
                    .includeAssignedTasks()
                    .list()
                    .stream()
                    .map(Task::getName)
                    .forEach(names::add);
            engine.getTaskService().createTaskQuery().taskAssignee(user).list().stream()
                    .map(Task::getName)
                    .forEach(names::add);
            return names;
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }
}
