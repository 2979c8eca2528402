package cn.edu.jsnu.yihuiyipin.notices;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * Due dates of the office tasks, which no phase of the round fixes: {@code
 * camunda:dueDate="${taskDeadlines.office('formal-check')}"} gives the office the configured number of
 * days ({@code yihui.notices.office-deadline-days}), to 23:59:59 of the last one. The models' boundary
 * timers call the same method, in the same transaction as the task's creation, so they agree with it.
 */
@Component
public class TaskDeadlines {

    static final LocalTime CLOSES_AT = LocalTime.of(23, 59, 59);

    private final NoticeProperties properties;
    private final Clock clock;

    TaskDeadlines(NoticeProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** The due date of an office task of {@code kind} opened now; an unknown kind fails the deployment's first task. */
    public Date office(String kind) {
        Integer days = properties.officeDeadlineDays().get(kind);
        if (days == null || days < 1) {
            throw new IllegalStateException("yihui.notices.office-deadline-days." + kind + " 未配置（至少 1 天）");
        }
        LocalDate last = LocalDate.now(clock).plusDays(days);
        return Date.from(last.atTime(CLOSES_AT).atZone(ZoneId.systemDefault()).toInstant());
    }

    static LocalDateTime local(Date date) {
        return LocalDateTime.ofInstant(date.toInstant(), ZoneId.systemDefault());
    }
}
