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

    private RunningApplication() {}

    public static ConfigurableApplicationContext start(Map<String, Object> properties, String... profiles) {
        Map<String, Object> all = new HashMap<>(properties);
        all.putIfAbsent("server.port", "0");
        // Camunda keeps engines in a static registry by name: closing an engine named `default` here would
        // unregister the engine of the cached test contexts, and their /engine-rest would answer 404
        all.putIfAbsent("camunda.bpm.process-engine-name", "runningApplication");
        // the webapps keep their runtime delegates in statics too: a second set would leave the cached
        // contexts' Cockpit/Tasklist login pointing at this application after it closed
        all.putIfAbsent("camunda.bpm.webapp.enabled", "false");
        // outranks SPRING_PROFILES_ACTIVE, which CI sets for the suite's MariaDB run
        all.put("spring.profiles.active", String.join(",", profiles));
        // as command-line arguments they outrank every configuration file, as they would in production
        String[] arguments = all.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(YihuiYipinApplication.class).run(arguments);
    }
}
