package cn.edu.jsnu.yihuiyipin.round;

import static cn.edu.jsnu.yihuiyipin.round.BrandRoundProcess.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * 开启本年度品牌创建 ({@code Task_StartYearlyRound} in brand-round-yearly, fired every 1 March):
 * starts this year's brand-round with the configured pool, unless an admin already opened it by hand.
 */
@Component
class StartYearlyRoundDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(StartYearlyRoundDelegate.class);

    private final BrandRoundRepository rounds;
    private final RoundProperties properties;
    private final Clock clock;

    StartYearlyRoundDelegate(BrandRoundRepository rounds, RoundProperties properties, Clock clock) {
        this.rounds = rounds;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int year = LocalDate.now(clock).getYear();
        if (rounds.existsByYear(year)) {
            log.info("{}: round already opened by hand, the yearly timer leaves it alone", year);
            return;
        }
        execution.getProcessEngineServices().getRuntimeService().startProcessInstanceByKey(KEY, String.valueOf(year),
                Map.of(ROUND_YEAR, year, FUNDING_POOL, properties.defaultFundingPool().toPlainString()));
    }
}
