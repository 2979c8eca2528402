package cn.edu.jsnu.yihuiyipin.application;

import static cn.edu.jsnu.yihuiyipin.application.BrandApplicationProcess.*;

import java.time.Clock;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 确认立项 ({@code Task_ApproveProject}): status APPROVED. Reads {@code projectId}. */
@Component
class ApproveProjectDelegate implements JavaDelegate {

    private final ApplicationRecords records;
    private final ProjectStatusService statusService;
    private final Clock clock;

    ApproveProjectDelegate(ApplicationRecords records, ProjectStatusService statusService, Clock clock) {
        this.records = records;
        this.statusService = statusService;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        BrandProject project = records.project((Long) execution.getVariable(PROJECT_ID));
        project.setApprovedAt(LocalDateTime.now(clock));
        statusService.changeStatus(project, ProjectStatus.APPROVED, project.getDecisionOpinion());
    }
}
