package cn.edu.jsnu.yihuiyipin.cultivation;

import cn.edu.jsnu.yihuiyipin.cultivation.BrandCultivationProcess.Vars;
import java.time.Clock;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Complete listener of 提交阶段进展 ({@code Task_SubmitProgressReport}): checks form
 * {@code progress-report} and stores it as a {@link ProgressReport} (one row per task id, so a retry
 * updates it). Reads {@code projectId, periodNo} and the report fields; writes
 * {@code progressReportId} into the period's scope.
 */
@Component
class ProgressReportListener implements TaskListener {

    private static final Logger log = LoggerFactory.getLogger(ProgressReportListener.class);

    private final ProgressReportRepository reports;
    private final Clock clock;

    ProgressReportListener(ProgressReportRepository reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        ProgressContent content = new ProgressContent(
                FormInput.requiredText(task, Vars.ACTIVITIES, "开展的活动"),
                FormInput.text(task, Vars.ACTIVITY_DATES),
                FormInput.integer(task, Vars.PARTICIPANTS, "参与人数", 0, 100_000),
                FormInput.text(task, Vars.PHOTO_LINKS),
                FormInput.text(task, Vars.VIDEO_LINKS),
                FormInput.text(task, Vars.PUBLICITY_LINKS),
                FormInput.money(task, Vars.FUNDING_SPENT, "累计已使用经费"));
        long projectId = BrandCultivationProcess.projectId(task);
        Object periodNo = task.getVariable(Vars.PERIOD_NO);
        ProgressReport report = reports.findByTaskId(task.getId()).orElseGet(() -> new ProgressReport(projectId,
                periodNo instanceof Number number ? number.intValue() : 0, task.getId()));
        report.record(content, LocalDateTime.now(clock));
        report = reports.save(report);
        task.setVariable(Vars.PROGRESS_REPORT_ID, report.getId());
        log.info("{}: progress report {} of period {} stored", task.getExecution().getProcessBusinessKey(), report.getId(),
                report.getPeriodNo());
    }
}
