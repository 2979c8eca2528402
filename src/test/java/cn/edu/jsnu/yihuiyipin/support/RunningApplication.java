package cn.edu.jsnu.yihuiyipin.support;

import cn.edu.jsnu.yihuiyipin.YihuiYipinApplication;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the whole application outside Spring's test-context cache, for tests that restart it or
 * point it at another database.
 */
public final class RunningApplication {

    private RunningApplication() {
    }

    public static ConfigurableApplicationContext start(Map<String, Object> properties, String... profiles) {
        Map<String, Object> all = new HashMap<>(properties);
        all.putIfAbsent("server.port", "0");
        // outranks SPRING_PROFILES_ACTIVE, which CI sets for the suite's MariaDB run
        all.put("spring.profiles.active", String.join(",", profiles));
        // as command-line arguments they outrank every configuration file, as they would in production
        String[] arguments = all.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        return new SpringApplicationBuilder(YihuiYipinApplication.class)
                .run(arguments);
    }
}
