package cn.edu.jsnu.yihuiyipin.application;

import static cn.edu.jsnu.yihuiyipin.application.BrandApplicationProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 记录不予立项 ({@code Task_RejectProject}): status REJECTED with the reason. Reads {@code projectId}. */
@Component
class RejectProjectDelegate implements JavaDelegate {

    private final ApplicationRecords records;
    private final ProjectStatusService statusService;

    RejectProjectDelegate(ApplicationRecords records, ProjectStatusService statusService) {
        this.records = records;
        this.statusService = statusService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        BrandProject project = records.project((Long) execution.getVariable(PROJECT_ID));
        statusService.changeStatus(project, ProjectStatus.REJECTED, project.getDecisionOpinion());
    }
}
