package cn.edu.jsnu.yihuiyipin.application;

import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.*;
import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.Elements.*;
import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.Vars.*;
import static cn.edu.jsnu.yihuiyipin.process.SharedVariables.*;

import cn.edu.jsnu.yihuiyipin.project.BrandProject;
import cn.edu.jsnu.yihuiyipin.project.ProjectRecords;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatus;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatusService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 记录不予立项 ({@code Task_RejectProject}): status REJECTED with the reason. Reads {@code projectId}. */
@Component
class RejectProjectDelegate implements JavaDelegate {

    private final ProjectRecords records;
    private final ProjectStatusService statusService;

    RejectProjectDelegate(ProjectRecords records, ProjectStatusService statusService) {
        this.records = records;
        this.statusService = statusService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        BrandProject project = records.project(PROJECT_ID.get(execution));
        statusService.changeStatus(project, ProjectStatus.REJECTED, project.getDecisionOpinion());
    }
}
