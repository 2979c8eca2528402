package cn.edu.jsnu.yihuiyipin.round;

import static cn.edu.jsnu.yihuiyipin.process.BrandRoundProcess.*;
import static cn.edu.jsnu.yihuiyipin.process.BrandRoundProcess.Elements.*;
import static cn.edu.jsnu.yihuiyipin.process.BrandRoundProcess.Vars.*;
import static cn.edu.jsnu.yihuiyipin.process.SharedVariables.*;

import cn.edu.jsnu.yihuiyipin.process.BusinessKey;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;

/** Opens a round without a start form: this year, the configured pool, the configured dates. */
@Service
public class RoundOpening {

    private final RuntimeService runtimeService;
    private final RoundProperties properties;
    private final Clock clock;

    RoundOpening(RuntimeService runtimeService, RoundProperties properties, Clock clock) {
        this.runtimeService = runtimeService;
        this.properties = properties;
        this.clock = clock;
    }

    public int currentYear() {
        return LocalDate.now(clock).getYear();
    }

    /** Starts brand-round as the start form would; OpenRoundDelegate refuses what it must. */
    public void openWithDefaults(int year) {
        runtimeService.startProcessInstanceByKey(
                KEY,
                BusinessKey.ofRound(year).toString(),
                Map.of(
                        ROUND_YEAR.name(),
                        year,
                        FUNDING_POOL.name(),
                        properties.defaultFundingPool().toPlainString()));
    }
}
