package cn.edu.jsnu.yihuiyipin.notices;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code yihui.notices.*} and {@code yihui.office-deadlines.*}: when reminders go out, the daily digest,
 * the outbox's retries, and the office tasks' deadlines (README "Notices and reminders").
 *
 * @param reminderDaysBefore days before a task's due date that its holder is reminded (3 and 1)
 * @param reminderTime       the time of day a reminder goes out
 * @param digestTime         the time of day experts and office staff get their digest of new tasks
 * @param from               the sender address of every mail
 * @param retryBackoff       waits between failed sends; after the last the mail is FAILED (admins resend)
 * @param officeDeadlineDays days an office has for each of its tasks, by kind (formal-check …)
 */
@ConfigurationProperties("yihui.notices")
public record NoticeProperties(
        List<Integer> reminderDaysBefore,
        LocalTime reminderTime,
        LocalTime digestTime,
        String from,
        List<Duration> retryBackoff,
        Duration claimFor,
        Map<String, Integer> officeDeadlineDays) {

    public NoticeProperties {
        reminderDaysBefore = reminderDaysBefore == null ? List.of(3, 1) : List.copyOf(reminderDaysBefore);
        reminderTime = reminderTime == null ? LocalTime.of(8, 0) : reminderTime;
        digestTime = digestTime == null ? LocalTime.of(8, 0) : digestTime;
        from = from == null || from.isBlank() ? "yihui-yipin@localhost" : from;
        retryBackoff = retryBackoff == null || retryBackoff.isEmpty()
                ? List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2))
                : List.copyOf(retryBackoff);
        claimFor = claimFor == null ? Duration.ofMinutes(2) : claimFor;
        officeDeadlineDays = officeDeadlineDays == null ? Map.of() : Map.copyOf(officeDeadlineDays);
    }
}
