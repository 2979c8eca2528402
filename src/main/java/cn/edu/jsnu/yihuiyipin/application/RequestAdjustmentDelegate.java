package cn.edu.jsnu.yihuiyipin.application;

import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.Vars.DECISION_OPINION;
import static cn.edu.jsnu.yihuiyipin.process.SharedVariables.PROJECT_ID;

import cn.edu.jsnu.yihuiyipin.project.ProjectRecords;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatus;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatusService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 下达调整要求 ({@code Task_RequestAdjustment}, after 立项审定 decided 调整后立项): the project is 方案调整中
 * with the office's requirements, and the unit's revision days start. Reads {@code projectId},
 * {@code decisionOpinion}; sets {@code adjustmentDueDate}.
 */
@Component
class RequestAdjustmentDelegate implements JavaDelegate {

    private final ProjectRecords records;
    private final ProjectStatusService statusService;
    private final AdjustmentDeadline deadline;

    RequestAdjustmentDelegate(ProjectRecords records, ProjectStatusService statusService, AdjustmentDeadline deadline) {
        this.records = records;
        this.statusService = statusService;
        this.deadline = deadline;
    }

    @Override
    public void execute(DelegateExecution execution) {
        statusService.changeStatus(
                records.project(PROJECT_ID.get(execution)),
                ProjectStatus.ADJUSTING,
                DECISION_OPINION.find(execution).orElse(null));
        deadline.startFromNow(execution);
    }
}
