package cn.edu.jsnu.yihuiyipin.round;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RoundConfig {

    /** {@code yihui.round.compressed-phase-minutes}: demo time, 0 (the default) keeps the real calendar. */
    @Bean
    RoundScheduleCalculator roundScheduleCalculator(
            RoundProperties properties,
            Clock clock,
            @Value("${yihui.round.compressed-phase-minutes:0}") long compressedPhaseMinutes) {
        return new RoundScheduleCalculator(properties, clock, Duration.ofMinutes(compressedPhaseMinutes));
    }
}
