package cn.edu.jsnu.yihuiyipin.people;

import cn.edu.jsnu.yihuiyipin.round.BrandRoundProcess;
import cn.edu.jsnu.yihuiyipin.round.BrandRoundRepository;
import cn.edu.jsnu.yihuiyipin.round.RoundProperties;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
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
 * so a restart opens none.
 */
@Component
@Profile("demo")
class DemoRound {

    private static final Logger log = LoggerFactory.getLogger(DemoRound.class);

    private final BrandRoundRepository rounds;
    private final RuntimeService runtime;
    private final RoundProperties properties;
    private final Clock clock;

    DemoRound(BrandRoundRepository rounds, RuntimeService runtime, RoundProperties properties, Clock clock) {
        this.rounds = rounds;
        this.runtime = runtime;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void openFirstRound() {
        if (rounds.count() > 0) {
            return;
        }
        int year = LocalDate.now(clock).getYear();
        try {
            runtime.startProcessInstanceByKey(BrandRoundProcess.KEY, String.valueOf(year), Map.of(
                    BrandRoundProcess.ROUND_YEAR, year,
                    BrandRoundProcess.FUNDING_POOL, properties.defaultFundingPool().toPlainString()));
            log.info("Demo: opened the {} round", year);
        } catch (ProcessEngineException e) {
            // e.g. the real calendar (compressed-phase-minutes 0) after 31 March: the demo still starts
            log.warn("Demo: no round opened ({}); open one in Tasklist with dates to come", e.getMessage());
        }
    }
}
