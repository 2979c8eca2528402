package cn.edu.jsnu.yihuiyipin.demo;

import cn.edu.jsnu.yihuiyipin.project.BrandRoundRepository;
import cn.edu.jsnu.yihuiyipin.round.RoundOpening;
import cn.edu.jsnu.yihuiyipin.system.DatabaseLock;
import java.time.Duration;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngineException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: on the first start (no round in the database yet) opens this year's round the
 * way an admin would, so that a newcomer who logs in as {@code wxy-gh} finds 填报项目申报表 at once.
 * Runs when the application is ready, after the processes are deployed; the H2 file keeps the round,
 * so a restart opens none. Nodes sharing a database take turns ({@link DatabaseLock} {@code demo-round}),
 * so two nodes starting together open one round, not two (the second would fail on the round's year).
 */
@Component
@Profile("demo")
class DemoRound {

    private static final Logger log = LoggerFactory.getLogger(DemoRound.class);

    private final BrandRoundRepository rounds;
    private final RoundOpening opening;
    private final DataSource dataSource;

    DemoRound(BrandRoundRepository rounds, RoundOpening opening, DataSource dataSource) {
        this.rounds = rounds;
        this.opening = opening;
        this.dataSource = dataSource;
    }

    @EventListener(ApplicationReadyEvent.class)
    void openFirstRound() {
        try (DatabaseLock ignored = DatabaseLock.acquire(dataSource, "demo-round", Duration.ofMinutes(5))) {
            if (rounds.count() > 0) {
                return;
            }
            int year = opening.currentYear();
            try {
                opening.openWithDefaults(year);
                log.info("Demo: opened the {} round", year);
            } catch (ProcessEngineException e) {
                // e.g. the real calendar (compressed-phase-minutes 0) after 31 March: the demo still starts
                log.warn("Demo: no round opened ({}); open one in Tasklist with dates to come", e.getMessage());
            }
        }
    }
}
