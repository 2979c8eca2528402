package cn.edu.jsnu.yihuiyipin.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.util.TimeZone;
import org.joda.time.DateTimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogs;
import org.springframework.mock.env.MockEnvironment;

/** {@code yihui.zone} becomes the zone of the JVM, of Joda (Camunda's clock) and of {@code user.timezone}. */
class ApplicationZoneTest {

    private final ApplicationZone applicationZone = new ApplicationZone(new DeferredLogs());

    @AfterEach
    void backToTheSuitesZone() {
        ApplicationZone.apply(ZoneId.of(ApplicationZone.DEFAULT));
    }

    @Test
    void configuredZoneBecomesTheDefaultEverywhere() {
        applicationZone.postProcessEnvironment(
                new MockEnvironment().withProperty(ApplicationZone.PROPERTY, "Asia/Tokyo"), new SpringApplication());

        assertThat(TimeZone.getDefault().getID()).isEqualTo("Asia/Tokyo");
        assertThat(ZoneId.systemDefault()).isEqualTo(ZoneId.of("Asia/Tokyo"));
        assertThat(System.getProperty("user.timezone")).isEqualTo("Asia/Tokyo");
        assertThat(DateTimeZone.getDefault().getID()).isEqualTo("Asia/Tokyo");
    }

    @Test
    void withoutSettingItIsBeijingTime() {
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));

        applicationZone.postProcessEnvironment(new MockEnvironment(), new SpringApplication());

        assertThat(ZoneId.systemDefault()).isEqualTo(ZoneId.of("Asia/Shanghai"));
    }

    @Test
    void unknownZoneStopsTheStartUp() {
        assertThatThrownBy(() -> applicationZone.postProcessEnvironment(
                        new MockEnvironment().withProperty(ApplicationZone.PROPERTY, "Beijing"),
                        new SpringApplication()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("yihui.zone=Beijing 不是有效的时区");
    }
}
