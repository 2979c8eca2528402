package cn.edu.jsnu.yihuiyipin.system;

import static org.assertj.core.api.Assertions.assertThat;

import cn.edu.jsnu.yihuiyipin.support.MariaDbAvailable;
import cn.edu.jsnu.yihuiyipin.support.RunningApplication;
import cn.edu.jsnu.yihuiyipin.support.ScratchDatabase;
import cn.edu.jsnu.yihuiyipin.support.SimpleModels;
import cn.edu.jsnu.yihuiyipin.unit.Channel;
import cn.edu.jsnu.yihuiyipin.unit.GrassrootsUnit;
import cn.edu.jsnu.yihuiyipin.unit.GrassrootsUnitRepository;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The mysql profile on a real MariaDB: Flyway, Camunda's utf8mb4 schema, JPA and the engine. */
@ExtendWith(MariaDbAvailable.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MariaDbDatabaseTest {

    private static final String RARE_CHINESE = "𠮷野家分工会·拉面🍜";

    private ScratchDatabase database;
    private ConfigurableApplicationContext application;

    @BeforeAll
    void startOnAFreshDatabase() throws Exception {
        database = ScratchDatabase.create();
        application = RunningApplication.start(database.applicationProperties(), "test", "mysql");
    }

    @AfterAll
    void stop() throws Exception {
        if (application != null) {
            application.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void flywayMigratedTheApplicationSchema() {
        JdbcTemplate jdbc = application.getBean(JdbcTemplate.class);
        List<String> versions = jdbc.queryForList(
                "select version from flyway_schema_history where success = 1 and version is not null order by installed_rank",
                String.class);
        assertThat(versions).contains("1", "1.1", "2");
        assertThat(jdbc.queryForObject("select count(*) from grassroots_unit", Integer.class))
                .isPositive();
    }

    @Test
    void camundaTablesAreUtf8mb4() {
        JdbcTemplate jdbc = application.getBean(JdbcTemplate.class);
        List<String> collations = jdbc.queryForList(
                "select distinct table_collation from information_schema.tables where table_schema = ? and table_name like 'ACT_%'",
                String.class, database.name());
        assertThat(collations).containsExactly("utf8mb4_bin");
    }

    @Test
    void connectionsRunReadCommitted() throws Exception {
        try (Connection connection = application.getBean(DataSource.class).getConnection()) {
            assertThat(connection.getTransactionIsolation()).isEqualTo(Connection.TRANSACTION_READ_COMMITTED);
        }
    }

    @Test
    void chineseWrittenThroughJpaReadsBackUnchanged() {
        GrassrootsUnitRepository units = application.getBean(GrassrootsUnitRepository.class);
        GrassrootsUnit saved = units.save(new GrassrootsUnit("it-utf8", RARE_CHINESE, Channel.UNION, "unit-it-utf8"));

        assertThat(units.findById(saved.getId()))
                .get()
                .extracting(GrassrootsUnit::getName)
                .isEqualTo(RARE_CHINESE);
        assertThat(application
                        .getBean(JdbcTemplate.class)
                        .queryForObject("select name from grassroots_unit where code = 'it-utf8'", String.class))
                .isEqualTo(RARE_CHINESE);
    }

    @Test
    void processInstanceRunsWithChineseVariables() {
        ProcessEngine engine = application.getBean(ProcessEngine.class);
        SimpleModels.deployOneTaskProcess(engine.getRepositoryService());

        ProcessInstance instance = engine.getRuntimeService()
                .startProcessInstanceByKey(SimpleModels.PROCESS_KEY, "mariadb-check", Map.of("unitName", RARE_CHINESE));
        Task task = engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(instance.getId())
                .singleResult();
        assertThat(engine.getTaskService().getVariable(task.getId(), "unitName"))
                .isEqualTo(RARE_CHINESE);
        engine.getTaskService().complete(task.getId(), Map.of("opinion", "同意🍜"));

        HistoricProcessInstance history = engine.getHistoryService()
                .createHistoricProcessInstanceQuery()
                .processInstanceId(instance.getId())
                .singleResult();
        assertThat(history.getState()).isEqualTo(HistoricProcessInstance.STATE_COMPLETED);
        assertThat(engine.getHistoryService()
                        .createHistoricVariableInstanceQuery()
                        .processInstanceId(instance.getId())
                        .variableName("opinion")
                        .singleResult()
                        .getValue())
                .isEqualTo("同意🍜");
    }
}
