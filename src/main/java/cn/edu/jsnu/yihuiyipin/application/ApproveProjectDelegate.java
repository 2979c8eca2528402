package cn.edu.jsnu.yihuiyipin.application;

import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.*;
import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.Elements.*;
import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.Vars.*;
import static cn.edu.jsnu.yihuiyipin.process.SharedVariables.*;

import cn.edu.jsnu.yihuiyipin.project.BrandProject;
import cn.edu.jsnu.yihuiyipin.project.ProjectRecords;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatus;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatusService;
import java.time.Clock;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 确认立项 ({@code Task_ApproveProject}): status APPROVED. Reads {@code projectId}. */
@Component
class ApproveProjectDelegate implements JavaDelegate {

    private final ProjectRecords records;
    private final ProjectStatusService statusService;
    private final Clock clock;

    ApproveProjectDelegate(ProjectRecords records, ProjectStatusService statusService, Clock clock) {
        this.records = records;
        this.statusService = statusService;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        BrandProject project = records.project(PROJECT_ID.get(execution));
        project.setApprovedAt(LocalDateTime.now(clock));
        statusService.changeStatus(project, ProjectStatus.APPROVED, project.getDecisionOpinion());
    }
}
