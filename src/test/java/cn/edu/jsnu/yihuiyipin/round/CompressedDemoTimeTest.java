package cn.edu.jsnu.yihuiyipin.round;

import static org.assertj.core.api.Assertions.assertThat;

import cn.edu.jsnu.yihuiyipin.project.RoundSchedule;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code yihui.round.compressed-phase-minutes}: a year in minutes on the wall clock. An option, off by
 * default also in the demo, whose time moves when the admin says so (演示：进入下一阶段, {@code DemoYearTest}).
 */
class CompressedDemoTimeTest {

    private static final RoundProperties DEFAULTS =
            new RoundProperties("03-31", "04-01", "04-30", "01-05", "01-31", new BigDecimal("200000"));
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Clock NOW = Clock.fixed(
            LocalDateTime.of(2026, 11, 25, 20, 56, 33, 123_000_000)
                    .atZone(SHANGHAI)
                    .toInstant(),
            SHANGHAI);

    @Test
    void zeroKeepsTheRealCalendar() {
        RoundSchedule schedule = new RoundScheduleCalculator(DEFAULTS, NOW, Duration.ZERO)
                .schedule(2027, RoundScheduleCalculator.Overrides.none());
        assertThat(schedule)
                .isEqualTo(new RoundSchedule(
                        LocalDateTime.of(2027, 3, 31, 23, 59, 59),
                        LocalDateTime.of(2027, 4, 1, 8, 0),
                        LocalDateTime.of(2027, 4, 30, 23, 59, 59),
                        LocalDateTime.of(2028, 1, 5, 8, 0),
                        LocalDateTime.of(2028, 1, 31, 23, 59, 59)));
    }

    @ParameterizedTest(name = "{0} min: {1} / {2} / {3} / {4} / {5}")
    @CsvSource(textBlock = """
            3,  20:59:33, 21:02:33, 21:05:33, 21:08:33, 21:11:33
            10, 21:06:33, 21:16:33, 21:26:33, 21:36:33, 21:46:33
            1,  20:57:33, 20:58:33, 20:59:33, 21:00:33, 21:01:33
            """)
    void phasesFollowEachOtherFromNow(
            long minutes,
            String applicationDeadline,
            String reviewStart,
            String reviewDeadline,
            String acceptanceStart,
            String acceptanceDeadline) {
        RoundSchedule schedule = new RoundScheduleCalculator(DEFAULTS, NOW, Duration.ofMinutes(minutes))
                .schedule(
                        2027, new RoundScheduleCalculator.Overrides(LocalDate.of(2027, 3, 20), null, null, null, null));
        LocalDate today = LocalDate.of(2026, 11, 25);
        assertThat(schedule)
                .as("whatever the year and the overrides say")
                .isEqualTo(new RoundSchedule(
                        today.atTime(LocalTime.parse(applicationDeadline)),
                        today.atTime(LocalTime.parse(reviewStart)),
                        today.atTime(LocalTime.parse(reviewDeadline)),
                        today.atTime(LocalTime.parse(acceptanceStart)),
                        today.atTime(LocalTime.parse(acceptanceDeadline))));
    }
}
