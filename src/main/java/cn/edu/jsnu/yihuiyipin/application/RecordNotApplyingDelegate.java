package cn.edu.jsnu.yihuiyipin.application;

import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.*;
import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.Elements.*;
import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.Vars.*;
import static cn.edu.jsnu.yihuiyipin.process.SharedVariables.*;

import cn.edu.jsnu.yihuiyipin.project.BrandProject;
import cn.edu.jsnu.yihuiyipin.project.ProjectRecords;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 记录本年度不申报 ({@code Task_RecordNotApplying}). Reads {@code roundId}, {@code unitCode}; sets {@code projectId}. */
@Component
class RecordNotApplyingDelegate implements JavaDelegate {

    private final ProjectRecords records;

    RecordNotApplyingDelegate(ProjectRecords records) {
        this.records = records;
    }

    @Override
    public void execute(DelegateExecution execution) {
        BrandProject project = records.recordWithoutApplication(
                ROUND_ID.get(execution),
                UNIT_CODE.get(execution),
                ProjectStatus.NOT_APPLYING,
                "单位声明本年度不申报",
                execution.getProcessInstanceId());
        PROJECT_ID.set(execution, project.getId());
    }
}
