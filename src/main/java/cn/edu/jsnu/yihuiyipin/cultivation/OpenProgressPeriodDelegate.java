package cn.edu.jsnu.yihuiyipin.cultivation;

import static cn.edu.jsnu.yihuiyipin.process.SharedVariables.ACCEPTANCE_DEADLINE;
import static cn.edu.jsnu.yihuiyipin.process.SharedVariables.ACCEPTANCE_START;

import cn.edu.jsnu.yihuiyipin.process.BrandCultivationProcess.Vars;
import cn.edu.jsnu.yihuiyipin.process.ProcessVariable;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * 开启阶段进展填报 ({@code Task_OpenProgressPeriod}), first step of the event subprocess
 * 阶段进展报告. Counts {@code progressPeriodCount} up and declares the report's fields as local
 * variables of this event subprocess instance ({@code periodNo, progressReportId, activities,
 * activityDates, participants, photoLinks, videoLinks, publicityLinks, fundingSpent}): the unit's
 * form then writes into this instance, so two open periods never overwrite each other and the
 * office's 过程指导 task shows the report of its own period. Sets, local too, {@code
 * progressReportDueDate} and {@code progressReportOverdueAt} ({@link ProgressDueDates}: the next
 * period's start), read by the task's due date and its 逾期未报 timer. Reads {@code progressReportCycle,
 * acceptanceStart, acceptanceDeadline}.
 */
@Component
class OpenProgressPeriodDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(OpenProgressPeriodDelegate.class);

    static final List<ProcessVariable<?>> REPORT_FIELDS = List.of(
            Vars.PROGRESS_REPORT_ID,
            Vars.ACTIVITIES,
            Vars.ACTIVITY_DATES,
            Vars.PARTICIPANTS,
            Vars.PHOTO_LINKS,
            Vars.VIDEO_LINKS,
            Vars.PUBLICITY_LINKS,
            Vars.FUNDING_SPENT);

    private final Clock clock;

    OpenProgressPeriodDelegate(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProgressDueDates due = ProgressDueDates.of(
                Date.from(clock.instant()),
                Vars.PROGRESS_REPORT_CYCLE.get(execution),
                ACCEPTANCE_START.get(execution),
                ACCEPTANCE_DEADLINE.get(execution));
        int periodNo = Vars.PROGRESS_PERIOD_COUNT.find(execution).orElse(0) + 1;
        Vars.PROGRESS_PERIOD_COUNT.set(execution, periodNo);
        Vars.PERIOD_NO.setLocal(execution, periodNo);
        Vars.PROGRESS_REPORT_DUE_DATE.setLocal(execution, due.dueDate());
        Vars.PROGRESS_REPORT_OVERDUE_AT.setLocal(execution, due.overdueAt());
        REPORT_FIELDS.forEach(field -> field.clearLocal(execution));
        log.info(
                "{}: progress report period {} opened, due {}",
                execution.getProcessBusinessKey(),
                periodNo,
                due.dueDate());
    }
}
