package cn.edu.jsnu.yihuiyipin.application;

import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.*;
import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.Elements.*;
import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.Vars.*;
import static cn.edu.jsnu.yihuiyipin.process.SharedVariables.*;

import cn.edu.jsnu.yihuiyipin.project.ProjectRecords;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatus;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatusService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 记录逾期未调整 ({@code Task_RecordAdjustmentOverdue}): the unit let 调整项目方案 pass its due date, so
 * the project is not approved and the round's funding need not wait for it. Reads {@code projectId}.
 */
@Component
class RecordAdjustmentOverdueDelegate implements JavaDelegate {

    private final ProjectRecords records;
    private final ProjectStatusService statusService;

    RecordAdjustmentOverdueDelegate(ProjectRecords records, ProjectStatusService statusService) {
        this.records = records;
        this.statusService = statusService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        statusService.changeStatus(
                records.project(PROJECT_ID.get(execution)), ProjectStatus.REJECTED, "逾期未提交调整后方案，不予立项");
    }
}
