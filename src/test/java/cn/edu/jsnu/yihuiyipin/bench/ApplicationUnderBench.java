package cn.edu.jsnu.yihuiyipin.bench;

import cn.edu.jsnu.yihuiyipin.YihuiYipinApplication;
import cn.edu.jsnu.yihuiyipin.people.IdentityBootstrap;
import cn.edu.jsnu.yihuiyipin.support.ScratchDatabase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The application as it runs in production: its Spring context on H2 or on a scratch MariaDB database,
 * authorization on, history FULL, its web server on a free port (for /engine-rest), no job executor
 * (the driver runs jobs, as the scenario tests do). Its units are the benchmark's ({@link BenchUnits});
 * the demo's are set inactive. Every statement goes through {@link StatementCounter}.
 */
final class ApplicationUnderBench implements BenchEngine {

    static final String PASSWORD = "bench-password";

    private final ConfigurableApplicationContext context;
    private final StatementCounter statements;
    private final ScratchDatabase scratch;

    private ApplicationUnderBench(
            ConfigurableApplicationContext context, StatementCounter statements, ScratchDatabase scratch) {
        this.context = context;
        this.statements = statements;
        this.scratch = scratch;
    }

    static ApplicationUnderBench start(String database, BenchUnits units) throws Exception {
        StatementCounter statements = new StatementCounter();
        ScratchDatabase scratch = database.equals("mariadb") ? ScratchDatabase.create() : null;
        Map<String, Object> properties = new HashMap<>();
        properties.put("server.port", "0");
        properties.put("logging.level.root", "WARN");
        properties.put("spring.main.banner-mode", "off");
        List<String> profiles = new ArrayList<>(List.of("test"));
        if (scratch != null) {
            profiles.add("mysql");
            properties.putAll(scratch.applicationProperties());
        } else {
            properties.put("spring.datasource.url", BenchH2.url("application"));
        }
        // as command-line arguments: they win over application.yaml (server.port: ${PORT:8080})
        String[] arguments = properties.entrySet().stream()
                .map(property -> "--" + property.getKey() + "=" + property.getValue())
                .toArray(String[]::new);
        try {
            ConfigurableApplicationContext context = new SpringApplicationBuilder(YihuiYipinApplication.class)
                    .profiles(profiles.toArray(String[]::new))
                    .initializers(applicationContext ->
                            applicationContext.getBeanFactory().addBeanPostProcessor(countingDataSource(statements)))
                    .run(arguments);
            ApplicationUnderBench application = new ApplicationUnderBench(context, statements, scratch);
            application.useUnits(units);
            return application;
        } catch (RuntimeException e) {
            if (scratch != null) {
                scratch.close();
            }
            throw e;
        }
    }

    private static BeanPostProcessor countingDataSource(StatementCounter statements) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource dataSource && beanName.equals("dataSource")
                        ? statements.wrap(dataSource, "application")
                        : bean;
            }
        };
    }

    /**
     * Sets the benchmark's units as the only active ones, creates the expert panels, and runs the identity
     * bootstrap again, as a restart would: one Camunda group per unit with its Tasklist grants.
     */
    private void useUnits(BenchUnits units) {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        jdbc.update("update grassroots_unit set active = false");
        List<Object[]> rows = new ArrayList<>();
        for (String code : units.codes()) {
            rows.add(new Object[] {
                code, BenchUnits.name(code), BenchUnits.channel(code), BenchUnits.group(code), BenchUnits.index(code)
            });
        }
        jdbc.batchUpdate(
                "insert into grassroots_unit (code, name, channel, group_id, sort_order, active)"
                        + " values (?, ?, ?, ?, ?, true)",
                rows);
        ProcessEngine engine = engine();
        context.getBean(IdentityBootstrap.class).postProcessEngineBuild(engine);
        IdentityService identity = engine.getIdentityService();
        for (String channel : List.of(BenchUnits.UNION, BenchUnits.WOMEN)) {
            for (String expert : units.panel(channel)) {
                user(identity, expert, BenchUnits.expertGroup(channel));
            }
        }
        // whoever Tasklist's queries are timed for: a member of the first unit of each channel, an office member
        user(identity, BenchUnits.member(BenchUnits.code(1)), BenchUnits.group(BenchUnits.code(1)));
        user(identity, "bench-gh-office", "union-office");
    }

    /** One more signed-in person for the pages' benchmark, with the benchmark's password. */
    void addUser(String userId, String groupId) {
        user(engine().getIdentityService(), userId, groupId);
    }

    /** A bean of the running application (its repositories, JdbcTemplate, transaction manager). */
    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    private static void user(IdentityService identity, String userId, String groupId) {
        User user = identity.newUser(userId);
        user.setFirstName(userId);
        user.setLastName("基准");
        user.setPassword(PASSWORD);
        identity.saveUser(user);
        identity.createMembership(userId, groupId);
    }

    @Override
    public String kind() {
        return "application";
    }

    @Override
    public ProcessEngine engine() {
        return context.getBean(ProcessEngine.class);
    }

    @Override
    public StatementCounter statements() {
        return statements;
    }

    @Override
    public String restUrl() {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return "http://localhost:" + port + "/engine-rest";
    }

    /** The ledger and dashboard pages, where the application has them (package web). */
    String appUrl(String path) {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return "http://localhost:" + port + path;
    }

    @Override
    public void close() throws Exception {
        try {
            context.close();
        } finally {
            if (scratch != null) {
                scratch.close();
            }
        }
    }
}
