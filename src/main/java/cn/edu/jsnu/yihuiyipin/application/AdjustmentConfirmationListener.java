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

/**
 * Completes 确认调整方案 ({@code Task_ConfirmAdjustment}). Reads {@code adjustmentResult}
 * (CONFIRM | READJUST) and {@code adjustmentComment}, required to send the plan back again;
 * 退回继续调整 ({@code ReturnAdjustmentDelegate}) records it.
 */
@Component
class AdjustmentConfirmationListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        Object result = ADJUSTMENT_RESULT.raw(task);
        if (ADJUSTMENT_READJUST.equals(result)) {
            if (FormValues.text(task, ADJUSTMENT_COMMENT) == null) {
                throw new InvalidTaskInputException("退回继续调整时请填写意见");
            }
        } else if (!ADJUSTMENT_CONFIRM.equals(result)) {
            throw new InvalidTaskInputException("请选择确认结论：调整到位或尚需调整");
        }
    }
}
