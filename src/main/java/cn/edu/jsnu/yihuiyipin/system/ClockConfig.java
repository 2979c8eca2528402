package cn.edu.jsnu.yihuiyipin.system;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ClockConfig {

    /** The zone the engine uses too: {@link ApplicationZone} made it the JVM's default before the engine started. */
    @Bean
    SettableClock clock(@Value("${" + ApplicationZone.PROPERTY + ":" + ApplicationZone.DEFAULT + "}") String zone) {
        return new SettableClock(ApplicationZone.zone(zone));
    }
}
