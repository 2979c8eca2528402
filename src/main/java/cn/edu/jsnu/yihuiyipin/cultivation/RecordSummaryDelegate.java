package cn.edu.jsnu.yihuiyipin.cultivation;

import static cn.edu.jsnu.yihuiyipin.process.SharedVariables.PROJECT_ID;

import cn.edu.jsnu.yihuiyipin.project.BrandProjectRepository;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatus;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatusService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 登记验收总结表 ({@code Task_RecordSummary}, after 填报验收总结表（附件2）): the project is 已提交验收总结.
 * Reads {@code projectId}; the summary itself was stored by the form's complete listener.
 */
@Component
class RecordSummaryDelegate implements JavaDelegate {

    private final BrandProjectRepository projects;
    private final ProjectStatusService statusService;

    RecordSummaryDelegate(BrandProjectRepository projects, ProjectStatusService statusService) {
        this.projects = projects;
        this.statusService = statusService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        statusService.changeStatus(
                projects.findById(PROJECT_ID.get(execution)).orElseThrow(), ProjectStatus.SUMMARY_SUBMITTED, "提交验收总结表");
    }
}
