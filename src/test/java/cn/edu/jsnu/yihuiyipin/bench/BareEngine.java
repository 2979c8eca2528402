package cn.edu.jsnu.yihuiyipin.bench;

import cn.edu.jsnu.yihuiyipin.support.ScratchDatabase;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;

/**
 * The baseline: a plain Camunda engine (no Spring, no JPA, no application plugins, authorization off)
 * with the same models and forms, history FULL, JSON serialization through Spin as in the application,
 * and {@link BareEngineBeans} in place of every delegate and listener. Same database kind as the
 * application it is compared with: in-memory H2, or its own scratch MariaDB database.
 */
final class BareEngine implements BenchEngine {

    private final ProcessEngine engine;
    private final HikariDataSource pool;
    private final StatementCounter statements;
    private final ScratchDatabase scratch;

    private BareEngine(
            ProcessEngine engine, HikariDataSource pool, StatementCounter statements, ScratchDatabase scratch) {
        this.engine = engine;
        this.pool = pool;
        this.statements = statements;
        this.scratch = scratch;
    }

    static BareEngine start(String database, BenchUnits units, int year) throws Exception {
        ScratchDatabase scratch = database.equals("mariadb") ? ScratchDatabase.create() : null;
        HikariConfig hikari = new HikariConfig();
        if (scratch != null) {
            hikari.setJdbcUrl(scratch.jdbcUrl());
            hikari.setUsername(cn.edu.jsnu.yihuiyipin.support.MariaDbAvailable.user());
            hikari.setPassword(cn.edu.jsnu.yihuiyipin.support.MariaDbAvailable.password());
            // as the application's mysql profile: Camunda refuses REPEATABLE READ
            hikari.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        } else {
            hikari.setJdbcUrl(BenchH2.url("bare"));
            hikari.setUsername("sa");
        }
        hikari.setMaximumPoolSize(4);
        HikariDataSource pool = new HikariDataSource(hikari);
        StatementCounter statements = new StatementCounter();
        try {
            StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
            configuration.setProcessEngineName("bare-" + UUID.randomUUID());
            configuration.setDataSource(statements.wrap(pool, "bare"));
            configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
            configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
            configuration.setJobExecutorActivate(false);
            configuration.setAuthorizationEnabled(false);
            configuration.setDefaultSerializationFormat("application/json");
            configuration.setEnforceHistoryTimeToLive(true);
            // as the application (application.yaml): removal times written with each history row
            configuration.setHistoryRemovalTimeStrategy(ProcessEngineConfiguration.HISTORY_REMOVAL_TIME_STRATEGY_START);
            configuration.setBeans(new BareEngineBeans(units, year));
            configuration.getProcessEnginePlugins().add(new SpinProcessEnginePlugin());
            ProcessEngine engine = configuration.buildProcessEngine();
            deployModels(engine);
            return new BareEngine(engine, pool, statements, scratch);
        } catch (RuntimeException e) {
            pool.close();
            if (scratch != null) {
                scratch.close();
            }
            throw e;
        }
    }

    /** The same files the application deploys: bpmn/ and forms/ of the working tree. */
    private static void deployModels(ProcessEngine engine) throws IOException {
        DeploymentBuilder deployment =
                engine.getRepositoryService().createDeployment().name("bare-engine-baseline");
        for (String folder : List.of("bpmn", "forms")) {
            try (Stream<Path> files = Files.list(Path.of(folder))) {
                for (Path file : files.sorted().toList()) {
                    deployment.addInputStream(
                            folder + "/" + file.getFileName(), new ByteArrayInputStream(Files.readAllBytes(file)));
                }
            }
        }
        deployment.deploy();
    }

    @Override
    public String kind() {
        return "bare engine";
    }

    @Override
    public ProcessEngine engine() {
        return engine;
    }

    @Override
    public StatementCounter statements() {
        return statements;
    }

    @Override
    public void close() throws Exception {
        try {
            engine.close();
            pool.close();
        } finally {
            if (scratch != null) {
                scratch.close();
            }
        }
    }
}
