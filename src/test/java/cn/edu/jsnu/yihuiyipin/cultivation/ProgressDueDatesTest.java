package cn.edu.jsnu.yihuiyipin.cultivation;

import static org.assertj.core.api.Assertions.*;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProgressDueDatesTest {

    private static final String ACCEPTANCE_START = "2031-01-05T08:00";
    private static final String ACCEPTANCE_DEADLINE = "2031-01-31T23:59:59";

    private static Date date(String localDateTime) {
        return Date.from(LocalDateTime.parse(localDateTime)
                .atZone(ZoneId.systemDefault())
                .toInstant());
    }

    @ParameterizedTest(name = "opened {0}, cycle {1}: due {2}, overdue at {3}")
    @CsvSource({
        // the next period's start, while it comes before the acceptance date
        "2030-05-10T09:00, R/P3M, 2030-08-10T09:00, 2030-08-10T09:00",
        "2030-10-04T08:00, R/P3M, 2031-01-04T08:00, 2031-01-04T08:00",
        "2030-05-10T09:00, R4/2030-05-10T09:00:00/P1M, 2030-06-10T09:00, 2030-06-10T09:00",
        "2030-05-10T09:00, R/PT3M, 2030-05-10T09:03, 2030-05-10T09:03",
        // at or after the acceptance date: due then, and never recorded as missed (the period closes first)
        "2030-10-05T08:00, R/P3M, 2031-01-05T08:00, 2031-01-31T23:59:59",
        "2030-12-01T09:00, R/P3M, 2031-01-05T08:00, 2031-01-31T23:59:59",
    })
    void reportIsDueAtTheNextPeriodButNeverAfterTheAcceptanceDate(
            String opened, String cycle, String due, String overdueAt) {
        ProgressDueDates dates =
                ProgressDueDates.of(date(opened), cycle, date(ACCEPTANCE_START), date(ACCEPTANCE_DEADLINE));

        assertThat(dates.dueDate()).isEqualTo(date(due));
        assertThat(dates.overdueAt()).isEqualTo(date(overdueAt));
    }

    @ParameterizedTest
    @CsvSource({"R", "R5", "2030-05-10T09:00:00"})
    void aCycleWithoutDurationIsRefused(String cycle) {
        assertThatThrownBy(() -> ProgressDueDates.of(
                        date("2030-05-10T09:00"), cycle, date(ACCEPTANCE_START), date(ACCEPTANCE_DEADLINE)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(cycle);
    }
}
