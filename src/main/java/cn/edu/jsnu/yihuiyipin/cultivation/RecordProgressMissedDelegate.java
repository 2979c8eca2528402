package cn.edu.jsnu.yihuiyipin.cultivation;

import static cn.edu.jsnu.yihuiyipin.process.SharedVariables.*;

import cn.edu.jsnu.yihuiyipin.process.BrandCultivationProcess.Vars;
import cn.edu.jsnu.yihuiyipin.system.ProcessDates;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * 记录逾期未报 ({@code Task_RecordProgressMissed}), after the timer on 提交阶段进展 closed a report that
 * was not submitted by its due date: a {@link ProgressReport} row marked missed keeps the period in the
 * project's record (and in 附件2's digest), and the period's 过程指导 follows with the miss shown in
 * place of the report, so the office sees it. Reads {@code projectId, periodNo,
 * progressReportDueDate}; writes {@code progressReportId} and {@code activities} into the period's
 * scope.
 */
@Component
class RecordProgressMissedDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(RecordProgressMissedDelegate.class);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ProgressReportRepository reports;
    private final Clock clock;

    RecordProgressMissedDelegate(ProgressReportRepository reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int periodNo = Vars.PERIOD_NO.get(execution);
        LocalDateTime due = ProcessDates.toLocalDateTime(Vars.PROGRESS_REPORT_DUE_DATE.get(execution));
        String note = "逾期未报：截至 " + due.format(MINUTE) + " 未提交第" + periodNo + "期阶段进展";
        ProgressReport missed = new ProgressReport(PROJECT_ID.get(execution), periodNo, null);
        missed.recordMissed(note, LocalDateTime.now(clock));
        missed = reports.save(missed);
        Vars.PROGRESS_REPORT_ID.set(execution, missed.getId());
        Vars.ACTIVITIES.set(execution, note);
        log.info("{}: progress report of period {} missed", execution.getProcessBusinessKey(), periodNo);
    }
}
