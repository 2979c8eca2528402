package cn.edu.jsnu.yihuiyipin.cultivation;

import static cn.edu.jsnu.yihuiyipin.process.SharedVariables.*;

import cn.edu.jsnu.yihuiyipin.process.BrandCultivationProcess.Vars;
import cn.edu.jsnu.yihuiyipin.process.SharedVariables;
import cn.edu.jsnu.yihuiyipin.system.FormValues;
import cn.edu.jsnu.yihuiyipin.system.InvalidTaskInputException;
import java.time.Clock;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Complete listener of 过程指导 ({@code Task_GuideProject}, after a progress report) and 记录过程指导
 * ({@code Task_RecordGuidance}, at any time): stores form {@code guidance} as a
 * {@link GuidanceRecord}, one row per task id. Reads {@code projectId, advice, rating} (task-local),
 * {@code progressReportId} (empty for ad-hoc guidance) and {@code officeGroup}.
 */
@Component
class GuidanceListener implements TaskListener {

    private static final Logger log = LoggerFactory.getLogger(GuidanceListener.class);

    private final GuidanceRecordRepository guidance;
    private final IdentityService identityService;
    private final Clock clock;

    GuidanceListener(GuidanceRecordRepository guidance, IdentityService identityService, Clock clock) {
        this.guidance = guidance;
        this.identityService = identityService;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        String advice = FormValues.requiredText(task, Vars.ADVICE, "指导意见");
        String ratingValue = FormValues.text(task, Vars.RATING);
        ProgressRating rating = ratingValue == null
                ? null
                : ProgressRating.parse(ratingValue)
                        .orElseThrow(() -> new InvalidTaskInputException("未知的推进情况评价：" + ratingValue));
        long projectId = PROJECT_ID.get(task);
        Long reportId = Vars.PROGRESS_REPORT_ID.find(task).orElse(null);
        GuidanceRecord record = guidance.findByTaskId(task.getId())
                .orElseGet(() -> new GuidanceRecord(projectId, reportId, task.getId()));
        record.record(advisor(task), advice, rating, LocalDateTime.now(clock));
        guidance.save(record);
        log.info("{}: guidance recorded by {}", task.getExecution().getProcessBusinessKey(), record.getAdvisor());
    }

    /** Who completed the task; the office group when it was completed through the API without a user. */
    private String advisor(DelegateTask task) {
        if (task.getAssignee() != null) {
            return task.getAssignee();
        }
        Authentication current = identityService.getCurrentAuthentication();
        if (current != null && current.getUserId() != null) {
            return current.getUserId();
        }
        return SharedVariables.OFFICE_GROUP.get(task);
    }
}
