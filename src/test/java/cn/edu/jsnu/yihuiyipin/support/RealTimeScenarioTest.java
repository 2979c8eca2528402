package cn.edu.jsnu.yihuiyipin.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess;
import cn.edu.jsnu.yihuiyipin.process.BrandCultivationProcess;
import cn.edu.jsnu.yihuiyipin.process.BrandRoundProcess;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Real time: the job executor runs and nobody fires a timer by hand. A test moves the clock
 * ({@link MutableClock}, which moves the engine's clock with the application's) and waits, with a
 * bounded poll, until the job executor has run every job that fell due. So a timer that is already due
 * when its task opens fires at once, as it would in production.
 * <p>
 * The context is its own: engine {@code realtime} on an in-memory H2 database of its own (even when the
 * suite runs on MariaDB), so moving the clock never fires the timers of the other tests, and the cached
 * contexts of the other tests are left alone. The job executor runs only while a test of this kind runs:
 * the other tests move the engine's clock too, and this database's timers must not fire then.
 */
@SpringBootTest(
        properties = {
            "camunda.bpm.process-engine-name=realtime",
            "camunda.bpm.job-execution.enabled=true",
            // look for due jobs every 100–200 ms instead of backing off to a minute (max-wait below the
            // wait time would make the acquisition spin without pause)
            "camunda.bpm.job-execution.wait-time-in-millis=100",
            "camunda.bpm.job-execution.max-wait=200",
            "camunda.bpm.webapp.enabled=false",
            "spring.datasource.url=jdbc:h2:mem:yyp-realtime-${random.uuid};DB_CLOSE_DELAY=-1",
            "spring.datasource.username=sa",
            "spring.datasource.password=",
            "spring.flyway.locations=classpath:db/migration"
        })
// outranks SPRING_PROFILES_ACTIVE=test,mysql of the suite's MariaDB run: this context stays on its own H2
@ActiveProfiles("test")
@Import(RealTimeProbes.class)
public abstract class RealTimeScenarioTest extends ProcessScenarioTest {

    /** How long the job executor may take for what one step of a test sets off (a bound, not a pause). */
    protected static final Duration PATIENCE = Duration.ofSeconds(60);

    private static final Logger log = LoggerFactory.getLogger(RealTimeScenarioTest.class);

    private static final List<String> PROCESSES =
            List.of(BrandRoundProcess.KEY, BrandApplicationProcess.KEY, BrandCultivationProcess.KEY);

    @Autowired
    protected MutableClock clock;

    @Autowired
    protected HistoryService historyService;

    protected JobExecutor jobExecutor() {
        return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
    }

    @BeforeEach
    void startTheJobExecutor() {
        jobExecutor().start();
    }

    @AfterEach
    void stopTheJobExecutorAndClearUp() throws InterruptedException {
        jobExecutor().shutdown();
        // a job still running finishes (or, after a failed test, keeps its lock until the clock is reset)
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline
                && managementService.createJobQuery().list().stream()
                        .anyMatch(job -> ((JobEntity) job).getLockOwner() != null)) {
            Thread.sleep(50);
        }
        clock.reset();
        for (ProcessInstance left : runtimeService
                .createProcessInstanceQuery()
                .processDefinitionKeyIn(PROCESSES.toArray(String[]::new))
                .list()) {
            try {
                runtimeService.deleteProcessInstanceIfExists(
                        left.getId(), "real-time test finished", true, true, true, false);
            } catch (RuntimeException e) {
                log.warn("left {} in place: {}", left.getId(), e.getMessage());
            }
        }
    }

    /** Makes {@code experts} the whole of the panel {@code group} (this context's database is this test's own). */
    protected void panel(String group, String... experts) {
        identityService.createUserQuery().memberOfGroup(group).list().stream()
                .filter(user -> !List.of(experts).contains(user.getId()))
                .forEach(user -> identityService.deleteMembership(user.getId(), group));
        members(group, experts);
    }

    /** Moves both clocks to {@code moment} (Beijing time) and waits until every job that fell due has run. */
    protected void at(LocalDateTime moment) {
        long started = System.nanoTime();
        clock.setTo(moment);
        awaitJobExecutor();
        log.info("clock at {}: due jobs done in {} ms", moment, (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Waits until no job is due: the job executor has run (or failed) everything the last step set off,
     * including the jobs those jobs left. Fails after {@link #PATIENCE} naming the jobs still due.
     */
    protected void awaitJobExecutor() {
        await("the job executor to run every due job", () -> dueJobs().isEmpty());
    }

    protected List<Job> dueJobs() {
        return managementService.createJobQuery().executable().active().list();
    }

    protected void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("Waited " + PATIENCE.toSeconds() + " s for " + what + "; jobs still due: " + describe(dueJobs()));
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted while waiting for " + what);
            }
        }
    }

    /** No job has failed and no incident is open: what fell due ran through. */
    protected void assertNothingFailed() {
        List<Job> failed = managementService.createJobQuery().withException().list();
        assertThat(failed)
                .as(() -> "jobs that failed: "
                        + failed.stream()
                                .map(job -> job.getId() + " " + job.getExceptionMessage())
                                .collect(Collectors.joining("; ")))
                .isEmpty();
        List<Incident> incidents = runtimeService.createIncidentQuery().list();
        assertThat(incidents)
                .as(() -> "incidents: "
                        + incidents.stream()
                                .map(i -> i.getActivityId() + " " + i.getIncidentMessage())
                                .collect(Collectors.joining("; ")))
                .isEmpty();
    }

    protected static LocalDateTime beijing(Date date) {
        return LocalDateTime.ofInstant(date.toInstant(), ZoneId.of("Asia/Shanghai"));
    }

    private static String describe(List<Job> jobs) {
        return jobs.stream()
                .map(job -> job.getProcessDefinitionKey() + "@" + job.getId() + " due " + job.getDuedate() + " retries "
                        + job.getRetries() + (job.getExceptionMessage() != null ? " " + job.getExceptionMessage() : ""))
                .collect(Collectors.joining("; "));
    }
}
