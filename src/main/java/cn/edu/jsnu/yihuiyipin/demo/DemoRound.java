package cn.edu.jsnu.yihuiyipin.demo;

import cn.edu.jsnu.yihuiyipin.project.BrandRoundRepository;
import cn.edu.jsnu.yihuiyipin.system.DatabaseLock;
import cn.edu.jsnu.yihuiyipin.system.SettableClock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: on the first start (no round in the database yet) makes the demo's data through the
 * processes ({@link DemoStory}), in a thread of its own once the application is ready, so the first
 * screen does not wait for it: this year's round in flight, so that every demo user finds work on
 * signing in, then last year's round, played to its awards with the clock in last year. Meanwhile the job
 * executor pauses (last year's clock is not this year's) and {@link DemoStoryGate} holds changes sent to
 * the engine. On every start the admin gets 演示：进入下一阶段 while a round is open. The H2 file keeps it all, so a restart adds nothing; nodes sharing a database take
 * turns ({@link DatabaseLock} {@code demo-round}), so two nodes starting together make it once.
 */
@Component
@Profile("demo")
public class DemoRound {

    private static final Logger log = LoggerFactory.getLogger(DemoRound.class);

    private final BrandRoundRepository rounds;
    private final DemoStory story;
    private final DemoClock demoClock;
    private final DataSource dataSource;
    private final ProcessEngine engine;
    private final SettableClock clock;
    private final boolean storyEnabled;
    private final boolean onFirstStart;
    private final CompletableFuture<Void> made = new CompletableFuture<>();

    DemoRound(
            BrandRoundRepository rounds,
            DemoStory story,
            DemoClock demoClock,
            DataSource dataSource,
            ProcessEngine engine,
            SettableClock clock,
            @Value("${yihui.demo.story:true}") boolean storyEnabled,
            @Value("${yihui.demo.first-start:true}") boolean onFirstStart) {
        this.onFirstStart = onFirstStart;
        this.rounds = rounds;
        this.story = story;
        this.demoClock = demoClock;
        this.dataSource = dataSource;
        this.engine = engine;
        this.clock = clock;
        this.storyEnabled = storyEnabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    void makeTheDemo() {
        if (!onFirstStart) {
            made.complete(null);
            return;
        }
        Thread maker = new Thread(this::makeTheStory, "demo-story");
        maker.setDaemon(true);
        maker.start();
    }

    private void makeTheStory() {
        int year = LocalDate.now(clock).getYear();
        JobExecutor executor =
                ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
        boolean paused = false;
        try {
            try (DatabaseLock ignored = DatabaseLock.acquire(dataSource, "demo-round", Duration.ofMinutes(5))) {
                if (rounds.count() > 0) {
                    if (demoClock.hasOpenRound()) {
                        story.startDemoTime();
                    }
                    return;
                }
                if (storyEnabled && executor != null && executor.isActive()) {
                    executor.shutdown();
                    paused = true;
                }
                long started = System.nanoTime();
                story.present(year, storyEnabled);
                log.info("Demo: the {} round is open ({} ms)", year, (System.nanoTime() - started) / 1_000_000);
            }
            if (storyEnabled) {
                long started = System.nanoTime();
                story.past(year - 1);
                log.info(
                        "Demo: the {} round played to its awards ({} ms)",
                        year - 1,
                        (System.nanoTime() - started) / 1_000_000);
            }
        } catch (RuntimeException e) {
            // the application runs on: an admin can open a round in Tasklist
            log.error("Demo: the demo's data stopped half-way; open a round in Tasklist with dates to come", e);
        } finally {
            if (paused) {
                executor.start();
            }
            made.complete(null);
        }
    }

    /** Completes once the demo's data is made (at once when this start makes none). */
    public CompletableFuture<Void> story() {
        return made;
    }
}
