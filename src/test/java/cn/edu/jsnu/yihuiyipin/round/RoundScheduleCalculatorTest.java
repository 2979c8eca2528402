package cn.edu.jsnu.yihuiyipin.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.edu.jsnu.yihuiyipin.project.RoundSchedule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class RoundScheduleCalculatorTest {

    private final RoundScheduleCalculator calculator = new RoundScheduleCalculator(
            new RoundProperties("03-31", "04-01", "04-30", "01-05", "01-31", new BigDecimal("200000")));

    @Test
    void defaultsFollowThePlan() {
        RoundSchedule schedule = calculator.schedule(2027, RoundScheduleCalculator.Overrides.none());

        assertThat(schedule.applicationDeadline()).isEqualTo(LocalDateTime.of(2027, 3, 31, 23, 59, 59));
        assertThat(schedule.reviewStart()).isEqualTo(LocalDateTime.of(2027, 4, 1, 8, 0));
        assertThat(schedule.reviewDeadline()).isEqualTo(LocalDateTime.of(2027, 4, 30, 23, 59, 59));
        assertThat(schedule.acceptanceStart()).as("次年1月").isEqualTo(LocalDateTime.of(2028, 1, 5, 8, 0));
        assertThat(schedule.acceptanceDeadline()).isEqualTo(LocalDateTime.of(2028, 1, 31, 23, 59, 59));
    }

    @Test
    void overridesReplaceSingleDates() {
        RoundSchedule schedule = calculator.schedule(
                2027,
                new RoundScheduleCalculator.Overrides(
                        LocalDate.of(2027, 4, 10), LocalDate.of(2027, 4, 15), null, null, LocalDate.of(2028, 2, 10)));

        assertThat(schedule.applicationDeadline()).isEqualTo(LocalDateTime.of(2027, 4, 10, 23, 59, 59));
        assertThat(schedule.reviewStart()).isEqualTo(LocalDateTime.of(2027, 4, 15, 8, 0));
        assertThat(schedule.reviewDeadline()).isEqualTo(LocalDateTime.of(2027, 4, 30, 23, 59, 59));
        assertThat(schedule.acceptanceDeadline()).isEqualTo(LocalDateTime.of(2028, 2, 10, 23, 59, 59));
    }

    @Test
    void datesOutOfOrderAreRefused() {
        assertThatThrownBy(() -> calculator.schedule(
                        2027, new RoundScheduleCalculator.Overrides(LocalDate.of(2027, 5, 1), null, null, null, null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("日期顺序不正确");
    }
}
