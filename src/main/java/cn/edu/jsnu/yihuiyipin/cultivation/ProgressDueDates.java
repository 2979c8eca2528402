package cn.edu.jsnu.yihuiyipin.cultivation;

import java.util.Arrays;
import java.util.Date;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.Duration;

/**
 * When a period's 提交阶段进展 is due: at the start of the next period (the period opened plus the
 * interval of {@code yihui.cultivation.progress-report-cycle}), so a unit has one report open at a time
 * and reports never pile up. An unsubmitted report becomes 逾期未报 at {@link #overdueAt}.
 *
 * <p>A report whose next period would start at or after the acceptance date is due at the acceptance
 * date and closes with the building period like every open task (附件2 covers those last weeks); its
 * {@code overdueAt} is then the acceptance deadline, which the closed building period never reaches, so
 * the two timers never race at the same moment.
 *
 * @param dueDate what Tasklist shows as the task's due date
 * @param overdueAt when the boundary timer records the report as 逾期未报
 */
record ProgressDueDates(Date dueDate, Date overdueAt) {

    static ProgressDueDates of(Date opened, String cycle, Date acceptanceStart, Date acceptanceDeadline) {
        Date nextPeriod = plus(opened, interval(cycle));
        return nextPeriod.before(acceptanceStart)
                ? new ProgressDueDates(nextPeriod, nextPeriod)
                : new ProgressDueDates(acceptanceStart, acceptanceDeadline);
    }

    /** The duration of an ISO 8601 repeating interval: {@code P3M} of {@code R/P3M} or {@code R4/2027-05-01T08:00/P3M}. */
    static Duration interval(String cycle) {
        String duration = Arrays.stream(cycle.split("/"))
                .filter(part -> part.startsWith("P"))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("阶段进展周期没有时长：" + cycle));
        try {
            return DatatypeFactory.newInstance().newDuration(duration);
        } catch (DatatypeConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Date plus(Date date, Duration duration) {
        Date result = (Date) date.clone();
        duration.addTo(result);
        return result;
    }
}
