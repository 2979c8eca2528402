package cn.edu.jsnu.yihuiyipin.application;

import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.*;
import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.Elements.*;
import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.Vars.*;
import static cn.edu.jsnu.yihuiyipin.process.SharedVariables.*;

import cn.edu.jsnu.yihuiyipin.project.ProjectRecords;
import cn.edu.jsnu.yihuiyipin.system.FormValues;
import cn.edu.jsnu.yihuiyipin.system.InvalidTaskInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completes 校工会形式审查 / 校妇联形式审查 ({@code Task_FormalCheckUnion}, {@code Task_FormalCheckWomen}).
 * Reads {@code formalCheckResult} (PASS | RETURN) and {@code formalCheckComment}, required to return.
 * A pass is recorded here; a return by {@code ReturnForRevisionDelegate}.
 */
@Component
class FormalCheckListener implements TaskListener {

    private final ProjectRecords records;

    FormalCheckListener(ProjectRecords records) {
        this.records = records;
    }

    @Override
    public void notify(DelegateTask task) {
        Object result = FORMAL_CHECK_RESULT.raw(task);
        String comment = FormValues.text(task, FORMAL_CHECK_COMMENT);
        if (FORMAL_CHECK_RETURN.equals(result)) {
            if (comment == null) {
                throw new InvalidTaskInputException("退回修改时请填写审查意见，说明需要单位修改的内容");
            }
            return;
        }
        if (!FORMAL_CHECK_PASS.equals(result)) {
            throw new InvalidTaskInputException("请选择审查结论：通过或退回修改");
        }
        records.project(PROJECT_ID.get(task)).setFormalCheckComment(comment);
    }
}
