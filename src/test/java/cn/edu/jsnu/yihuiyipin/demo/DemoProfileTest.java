package cn.edu.jsnu.yihuiyipin.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess;
import cn.edu.jsnu.yihuiyipin.process.BrandRoundProcess;
import cn.edu.jsnu.yihuiyipin.project.BrandRound;
import cn.edu.jsnu.yihuiyipin.project.BrandRoundRepository;
import cn.edu.jsnu.yihuiyipin.support.Jobs;
import cn.edu.jsnu.yihuiyipin.support.RunningApplication;
import cn.edu.jsnu.yihuiyipin.unit.GrassrootsUnitRepository;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The demo a newcomer gets from {@code ./mvnw spring-boot:run}: demo users, an open round with
 * compressed time, 填报项目申报表 waiting for 文学院分工会; and nothing doubled by a restart on the same
 * H2 file.
 */
class DemoProfileTest {

    @TempDir
    Path dataDir;

    @Test
    void firstStartOpensARoundAndARestartAddsNothing() {
        Map<String, Object> fileDatabase = Map.of(
                "spring.datasource.url",
                "jdbc:h2:file:" + dataDir.resolve("demo").toAbsolutePath(),
                // the demo's job executor must not fire anything while the test looks
                "camunda.bpm.job-execution.enabled",
                "false");

        long authorizations;
        try (ConfigurableApplicationContext first = RunningApplication.start(fileDatabase, "demo")) {
            ProcessEngine engine = first.getBean(ProcessEngine.class);
            // the demo's job executor would start each unit's application within seconds; here no executor runs
            new Jobs(engine.getManagementService())
                    .runAsyncContinuationsUntilNone(engine.getRuntimeService()
                            .createProcessInstanceQuery()
                            .processDefinitionKey(BrandRoundProcess.KEY)
                            .singleResult()
                            .getId());
            List<BrandRound> rounds = first.getBean(BrandRoundRepository.class).findAll();
            assertThat(rounds).singleElement().satisfies(round -> {
                assertThat(round.getYear()).isEqualTo(LocalDate.now().getYear());
                // demo time: the phases follow each other every 10 minutes from the opening
                LocalDateTime opened = round.getCreatedAt();
                assertThat(round.getSchedule().applicationDeadline())
                        .isCloseTo(opened.plusMinutes(10), within(1, ChronoUnit.MINUTES));
                assertThat(round.getSchedule().acceptanceDeadline())
                        .isCloseTo(opened.plusMinutes(50), within(1, ChronoUnit.MINUTES));
            });

            assertThat(engine.getIdentityService().createUserQuery().list()).hasSize(DemoOrganisation.USERS.size() + 1);
            assertThat(groups(engine, "zj-gh3")).containsExactlyInAnyOrder("experts-union", "unit-wxy-gh");

            // what wxy-gh sees on logging in
            engine.getIdentityService().setAuthentication("wxy-gh", groups(engine, "wxy-gh"));
            try {
                assertThat(engine.getTaskService()
                                .createTaskQuery()
                                .taskCandidateGroup("unit-wxy-gh")
                                .list())
                        .extracting(Task::getName)
                        .containsExactly(
                                "文学院分工会 · 填报项目申报表（附件1，" + LocalDate.now().getYear() + "年度）");
                assertThat(engine.getTaskService().createTaskQuery().count()).isOne();
            } finally {
                engine.getIdentityService().clearAuthentication();
            }
            assertThat(engine.getIdentityService().checkPassword("wxy-gh", DemoOrganisation.PASSWORD))
                    .isTrue();
            authorizations =
                    engine.getAuthorizationService().createAuthorizationQuery().count();
        }

        try (ConfigurableApplicationContext second = RunningApplication.start(fileDatabase, "demo")) {
            ProcessEngine engine = second.getBean(ProcessEngine.class);
            assertThat(second.getBean(BrandRoundRepository.class).count()).isOne();
            assertThat(engine.getRuntimeService()
                            .createProcessInstanceQuery()
                            .processDefinitionKey(BrandApplicationProcess.KEY)
                            .count())
                    .as("one application per unit, started once")
                    .isEqualTo(second.getBean(GrassrootsUnitRepository.class)
                            .findByActiveTrueOrderBySortOrder()
                            .size());
            assertThat(engine.getIdentityService().createUserQuery().count())
                    .isEqualTo(DemoOrganisation.USERS.size() + 1);
            assertThat(engine.getAuthorizationService()
                            .createAuthorizationQuery()
                            .count())
                    .isEqualTo(authorizations);
            // 我的待办, 本单位任务, 专家评审, and two per office (its own tasks, its whole channel)
            assertThat(engine.getFilterService().createTaskFilterQuery().count())
                    .isEqualTo(7);
        }
    }

    private static List<String> groups(ProcessEngine engine, String user) {
        return engine.getIdentityService().createGroupQuery().groupMember(user).list().stream()
                .map(Group::getId)
                .toList();
    }
}
