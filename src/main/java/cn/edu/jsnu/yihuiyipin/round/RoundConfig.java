package cn.edu.jsnu.yihuiyipin.round;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RoundConfig {

    @Bean
    RoundScheduleCalculator roundScheduleCalculator(RoundProperties properties) {
        return new RoundScheduleCalculator(properties);
    }
}
