package cn.edu.jsnu.yihuiyipin.system;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;

/** Timers read {@link Date} variables; the business data keeps local times in the JVM's (pinned) zone. */
public final class ProcessDates {

    private ProcessDates() {}

    public static Date toDate(LocalDateTime localDateTime) {
        return Date.from(localDateTime.atZone(ZoneId.systemDefault()).toInstant());
    }

    public static LocalDateTime toLocalDateTime(Date date) {
        return LocalDateTime.ofInstant(date.toInstant(), ZoneId.systemDefault());
    }
}
