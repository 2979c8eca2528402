package cn.edu.jsnu.yihuiyipin.cultivation;

import static cn.edu.jsnu.yihuiyipin.process.SharedVariables.*;

import cn.edu.jsnu.yihuiyipin.process.BrandCultivationProcess.Vars;
import cn.edu.jsnu.yihuiyipin.system.FormValues;
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
                FormValues.requiredText(task, Vars.ACTIVITIES, "开展的活动"),
                FormValues.text(task, Vars.ACTIVITY_DATES),
                FormValues.integer(Vars.PARTICIPANTS.raw(task), "参与人数", 0, 100_000),
                FormValues.text(task, Vars.PHOTO_LINKS),
                FormValues.text(task, Vars.VIDEO_LINKS),
                FormValues.text(task, Vars.PUBLICITY_LINKS),
                FormValues.money(task, Vars.FUNDING_SPENT, "累计已使用经费"));
        long projectId = PROJECT_ID.get(task);
        int periodNo = Vars.PERIOD_NO.find(task).orElse(0);
        ProgressReport report = reports.findByTaskId(task.getId())
                .orElseGet(() -> new ProgressReport(projectId, periodNo, task.getId()));
        report.record(content, LocalDateTime.now(clock));
        report = reports.save(report);
        Vars.PROGRESS_REPORT_ID.set(task, report.getId());
        log.info(
                "{}: progress report {} of period {} stored",
                task.getExecution().getProcessBusinessKey(),
                report.getId(),
                report.getPeriodNo());
    }
}
