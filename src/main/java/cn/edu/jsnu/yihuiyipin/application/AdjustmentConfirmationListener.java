package cn.edu.jsnu.yihuiyipin.application;

import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.*;
import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.Elements.*;
import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.Vars.*;
import static cn.edu.jsnu.yihuiyipin.process.SharedVariables.*;

import cn.edu.jsnu.yihuiyipin.system.FormValues;
import cn.edu.jsnu.yihuiyipin.system.InvalidTaskInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatus;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatusService;
import cn.edu.jsnu.yihuiyipin.project.ProjectRecords;

/**
 * Completes 确认调整方案 ({@code Task_ConfirmAdjustment}). Reads {@code adjustmentResult}
 * (CONFIRM | READJUST) and {@code adjustmentComment}, required to send the plan back again.
 */
@Component
class AdjustmentConfirmationListener implements TaskListener {

    private final ProjectRecords records;
    private final ProjectStatusService statusService;

    AdjustmentConfirmationListener(ProjectRecords records, ProjectStatusService statusService) {
        this.records = records;
        this.statusService = statusService;
    }

    @Override
    public void notify(DelegateTask task) {
        Object result = ADJUSTMENT_RESULT.raw(task);
        if (ADJUSTMENT_READJUST.equals(result)) {
            String comment = FormValues.text(task, ADJUSTMENT_COMMENT);
            if (comment == null) {
                throw new InvalidTaskInputException("退回继续调整时请填写意见");
            }
            statusService.changeStatus(records.project(PROJECT_ID.get(task)), ProjectStatus.ADJUSTING,
                    "尚需调整：" + comment);
        } else if (!ADJUSTMENT_CONFIRM.equals(result)) {
            throw new InvalidTaskInputException("请选择确认结论：调整到位或尚需调整");
        }
    }
}
