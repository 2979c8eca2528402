package cn.edu.jsnu.yihuiyipin.system;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ClockConfig {

    /** The engine uses the JVM's zone too, which every node pins to Asia/Shanghai. */
    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
