package cn.edu.jsnu.yihuiyipin.system;

import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.Elements.TASK_WITHDRAW_APPLICATION;
import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.Elements.TIMER_APPLICATION_DEADLINE;
import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.Elements.TIMER_REVIEW_PERIOD_OPENS;
import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.FORMAL_CHECK_PASS;
import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.Vars.FORMAL_CHECK_RESULT;

import cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess;
import cn.edu.jsnu.yihuiyipin.process.BrandRoundProcess;
import cn.edu.jsnu.yihuiyipin.process.BusinessKey;
import cn.edu.jsnu.yihuiyipin.process.SharedVariables;
import cn.edu.jsnu.yihuiyipin.support.ApplicationSteps;
import cn.edu.jsnu.yihuiyipin.support.Jobs;
import cn.edu.jsnu.yihuiyipin.support.RunningApplication;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.TimeZone;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Run by {@link UtcServerTest} in a JVM of its own started with {@code -Duser.timezone=UTC}, as
 * {@code java -jar} runs on a UTC server: starts the application, opens the coming round as the
 * yearly timer would, takes one application to its review-period timer and prints what the dates
 * became, one {@code PROBE key=value} line each.
 */
public final class UtcServerProbe {

    static final String PREFIX = "PROBE ";

    private UtcServerProbe() {}

    public static void main(String[] args) {
        print("jvm.zone.before", TimeZone.getDefault().getID());
        try (ConfigurableApplicationContext application = RunningApplication.start(
                Map.of(
                        "spring.datasource.url", "jdbc:h2:mem:yyp-utc-probe;DB_CLOSE_DELAY=-1",
                        "camunda.bpm.process-engine-name", "utcProbe"),
                "test")) {
            probe(application);
        }
        System.exit(0);
    }

    private static void probe(ConfigurableApplicationContext context) {
        print("jvm.zone.after", TimeZone.getDefault().getID());
        Clock clock = context.getBean(Clock.class);
        print("clock.zone", clock.getZone().getId());
        print(
                "clock.offset",
                clock.getZone().getRules().getOffset(Instant.now()).getId());
        ProcessEngine engine = context.getBean(ProcessEngine.class);
        RuntimeService runtime = engine.getRuntimeService();
        TaskService tasks = engine.getTaskService();
        ManagementService management = engine.getManagementService();
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);

        Job yearly = management
                .createJobQuery()
                .processDefinitionKey(BrandRoundProcess.YEARLY_KEY)
                .timers()
                .singleResult();
        print("yearly.due", yearly.getDuedate().toInstant());
        int year = LocalDateTime.ofInstant(
                        yearly.getDuedate().toInstant(), TimeZone.getDefault().toZoneId())
                .getYear();
        print("round.year", year);

        String round = runtime.startProcessInstanceByKey(
                        BrandRoundProcess.KEY, Map.of(SharedVariables.ROUND_YEAR.name(), year))
                .getId();
        // each unit's application starts in a job of its own (asyncBefore on the multi-instance)
        new Jobs(management).runAsyncContinuationsUntilNone(round);
        print(
                "round.applicationDeadline.stored",
                jdbc.queryForObject(
                        "select application_deadline from brand_round where round_year = ?", String.class, year));
        ProcessInstance application = runtime.createProcessInstanceQuery()
                .processDefinitionKey(BrandApplicationProcess.KEY)
                .processInstanceBusinessKey(BusinessKey.ofUnit(year, "wxy-gh").toString())
                .singleResult();
        Job deadline = timer(management, application, TIMER_APPLICATION_DEADLINE);
        print("application.deadline.timer", deadline.getDuedate().toInstant());
        print(
                "application.deadline.timer.stored",
                jdbc.queryForObject("select DUEDATE_ from ACT_RU_JOB where ID_ = ?", String.class, deadline.getId()));
        Task fill =
                tasks.createTaskQuery().processInstanceId(application.getId()).singleResult();
        print("application.deadline.task", fill.getDueDate().toInstant());

        tasks.complete(fill.getId(), ApplicationSteps.application("书香文苑读书会", "CULTURE", 12000));
        // 撤回申报 waits beside 形式审查
        Task check = tasks.createTaskQuery()
                .processInstanceId(application.getId())
                .taskDefinitionKeyNotIn(TASK_WITHDRAW_APPLICATION)
                .singleResult();
        tasks.complete(check.getId(), Map.of(FORMAL_CHECK_RESULT.name(), FORMAL_CHECK_PASS));
        print(
                "review.start.timer",
                timer(management, application, TIMER_REVIEW_PERIOD_OPENS)
                        .getDuedate()
                        .toInstant());
    }

    private static Job timer(ManagementService management, ProcessInstance instance, String activityId) {
        return management
                .createJobQuery()
                .processInstanceId(instance.getId())
                .activityId(activityId)
                .timers()
                .singleResult();
    }

    private static void print(String key, Object value) {
        System.out.println(PREFIX + key + "=" + value);
        System.out.flush();
    }
}
