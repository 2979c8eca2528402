package cn.edu.jsnu.yihuiyipin.system;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.TimeZone;
import org.apache.commons.logging.Log;
import org.joda.time.DateTimeZone;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Makes {@code yihui.zone} (Asia/Shanghai) the JVM's default zone as soon as the configuration is
 * read, before logging, the data source or the process engine start, whatever zone the server runs in.
 * <p>
 * Camunda stores dates without a zone and computes them in the JVM's default zone: the engine clock,
 * timer dates, the yearly cron {@code 0 0 8 1 3 ?} ({@code CronTimer} uses {@code ZoneId.systemDefault()}),
 * cycles ({@code GregorianCalendar}) and its ISO parser ({@code DateTimeUtil} captures the default once, when
 * the class loads; Joda's {@code DateTimeZone} reads {@code user.timezone} once). None of them takes a zone
 * setting, so the only way to give them Beijing time on a UTC server is the JVM default itself, set before
 * any of those classes is used. An {@code EnvironmentPostProcessor} runs that early for {@code java -jar},
 * {@code spring-boot:run} and every test context alike; the application's {@code Clock},
 * {@code ProcessDates} and Hibernate ({@code hibernate.jdbc.time_zone}) follow the same property.
 */
public class ApplicationZone implements EnvironmentPostProcessor, Ordered {

    public static final String PROPERTY = "yihui.zone";
    public static final String DEFAULT = "Asia/Shanghai";

    private final Log log;

    public ApplicationZone(DeferredLogFactory logFactory) {
        this.log = logFactory.getLog(ApplicationZone.class);
    }

    /** After application.yaml is read, so {@code yihui.zone} can come from there, the environment or the command line. */
    @Override
    public int getOrder() {
        return ConfigDataEnvironmentPostProcessor.ORDER + 1;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        ZoneId zone = zone(environment.getProperty(PROPERTY, DEFAULT));
        String before = TimeZone.getDefault().getID();
        apply(zone);
        if (!before.equals(zone.getId())) {
            log.info("JVM time zone " + before + " replaced by " + zone.getId() + " (" + PROPERTY + ")");
        }
    }

    static ZoneId zone(String id) {
        try {
            return ZoneId.of(id.trim());
        } catch (DateTimeException e) {
            throw new IllegalStateException(
                    "启动失败：" + PROPERTY + "=" + id + " 不是有效的时区（例如 Asia/Shanghai）。 Start-up refused: " + e.getMessage(),
                    e);
        }
    }

    static void apply(ZoneId zone) {
        System.setProperty("user.timezone", zone.getId());
        TimeZone.setDefault(TimeZone.getTimeZone(zone));
        // Joda (Camunda's clock and date parser) caches its default on first use: set it too
        DateTimeZone.setDefault(DateTimeZone.forID(zone.getId()));
    }
}
