package cn.edu.jsnu.yihuiyipin.cultivation;

import static cn.edu.jsnu.yihuiyipin.process.SharedVariables.*;

import cn.edu.jsnu.yihuiyipin.process.BrandCultivationProcess.Vars;
import cn.edu.jsnu.yihuiyipin.process.SharedVariables;
import cn.edu.jsnu.yihuiyipin.system.FormValues;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Complete listener of 过程指导 ({@code Task_GuideProject}, after a progress report or a missed one):
 * stores form {@code guidance} through {@link GuidanceRecords}, one row per task id, as the project
 * page stores guidance given at any time. Reads {@code projectId, advice, rating} (task-local),
 * {@code progressReportId} and {@code officeGroup}.
 */
@Component
class GuidanceListener implements TaskListener {

    private static final Logger log = LoggerFactory.getLogger(GuidanceListener.class);

    private final GuidanceRecords guidance;
    private final IdentityService identityService;

    GuidanceListener(GuidanceRecords guidance, IdentityService identityService) {
        this.guidance = guidance;
        this.identityService = identityService;
    }

    @Override
    public void notify(DelegateTask task) {
        String advice = FormValues.requiredText(task, Vars.ADVICE, "指导意见");
        long projectId = PROJECT_ID.get(task);
        Long reportId = Vars.PROGRESS_REPORT_ID.find(task).orElse(null);
        GuidanceRecord record = guidance.record(
                projectId, reportId, task.getId(), advisor(task), advice, FormValues.text(task, Vars.RATING));
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
