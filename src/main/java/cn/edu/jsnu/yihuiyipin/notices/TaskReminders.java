package cn.edu.jsnu.yihuiyipin.notices;

import java.math.BigInteger;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The reminder timers of the models: {@code camunda:timeCycle="${taskReminders.before(applicationDeadline)}"}
 * on a non-interrupting boundary timer fires on each configured day before the due date at the
 * reminder time (3 and 1 days before, 08:00: {@code R2/2027-03-28T08:00:00/P2D}). One cycle serves any
 * list of days: it steps by their greatest common divisor, and {@link TaskReminderListener} reminds
 * only on the configured days. Days already past when the task opens are left out; with none left the
 * timer falls due at the deadline itself and reminds nobody.
 */
@Component
public class TaskReminders {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE_TIME;

    private final NoticeProperties properties;
    private final Clock clock;

    TaskReminders(NoticeProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    public String before(Date dueDate) {
        return cycle(TaskDeadlines.local(dueDate), LocalDateTime.now(clock));
    }

    String cycle(LocalDateTime due, LocalDateTime now) {
        List<Integer> days = properties.reminderDaysBefore().stream()
                .filter(d -> d > 0)
                .filter(d -> reminderAt(due, d).isAfter(now))
                .sorted((a, b) -> b - a)
                .distinct()
                .toList();
        if (days.isEmpty()) {
            return "R1/" + ISO.format(due.truncatedTo(ChronoUnit.SECONDS)) + "/P1D";
        }
        int step = 0;
        for (int i = 1; i < days.size(); i++) {
            step = BigInteger.valueOf(step)
                    .gcd(BigInteger.valueOf(days.get(i - 1) - days.get(i)))
                    .intValue();
        }
        step = Math.max(step, 1);
        int repeats = (days.get(0) - days.get(days.size() - 1)) / step + 1;
        return "R" + repeats + "/" + ISO.format(reminderAt(due, days.get(0))) + "/P" + step + "D";
    }

    /** When the reminder {@code days} before {@code due} goes out. */
    LocalDateTime reminderAt(LocalDateTime due, int days) {
        return due.toLocalDate().minusDays(days).atTime(properties.reminderTime());
    }

    /** Whole days from {@code now}'s date to the due date's: 3 on the morning three days before. */
    static long daysLeft(LocalDateTime due, LocalDateTime now) {
        return ChronoUnit.DAYS.between(now.toLocalDate(), due.toLocalDate());
    }

    boolean remindsOn(long daysLeft) {
        return properties.reminderDaysBefore().contains((int) daysLeft);
    }
}
