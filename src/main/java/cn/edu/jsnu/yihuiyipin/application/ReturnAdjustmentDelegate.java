package cn.edu.jsnu.yihuiyipin.application;

import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.Vars.ADJUSTMENT_COMMENT;
import static cn.edu.jsnu.yihuiyipin.process.SharedVariables.PROJECT_ID;

import cn.edu.jsnu.yihuiyipin.project.ProjectRecords;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatus;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatusService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 退回继续调整 ({@code Task_ReturnAdjustment}, after 确认调整方案 found the plan not yet right): the
 * project stays 方案调整中 with the office's comment, and the unit gets its revision days again.
 * Reads {@code projectId}, {@code adjustmentComment}; sets {@code adjustmentDueDate}.
 */
@Component
class ReturnAdjustmentDelegate implements JavaDelegate {

    private final ProjectRecords records;
    private final ProjectStatusService statusService;
    private final AdjustmentDeadline deadline;

    ReturnAdjustmentDelegate(ProjectRecords records, ProjectStatusService statusService, AdjustmentDeadline deadline) {
        this.records = records;
        this.statusService = statusService;
        this.deadline = deadline;
    }

    @Override
    public void execute(DelegateExecution execution) {
        statusService.changeStatus(
                records.project(PROJECT_ID.get(execution)),
                ProjectStatus.ADJUSTING,
                "尚需调整：" + ADJUSTMENT_COMMENT.find(execution).orElse(""));
        deadline.startFromNow(execution);
    }
}
