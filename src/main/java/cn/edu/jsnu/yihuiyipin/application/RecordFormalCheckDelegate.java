package cn.edu.jsnu.yihuiyipin.application;

import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.Vars.FORMAL_CHECK_COMMENT;
import static cn.edu.jsnu.yihuiyipin.process.SharedVariables.PROJECT_ID;

import cn.edu.jsnu.yihuiyipin.project.ProjectRecords;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatus;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatusService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 记录形式审查通过 ({@code Task_RecordFormalCheck}, after 形式审查 passed): the project is 形式审查通过
 * with the office's comment. Reads {@code projectId}, {@code formalCheckComment}.
 */
@Component
class RecordFormalCheckDelegate implements JavaDelegate {

    private final ProjectRecords records;
    private final ProjectStatusService statusService;

    RecordFormalCheckDelegate(ProjectRecords records, ProjectStatusService statusService) {
        this.records = records;
        this.statusService = statusService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        statusService.changeStatus(
                records.project(PROJECT_ID.get(execution)),
                ProjectStatus.FORMALLY_CHECKED,
                FORMAL_CHECK_COMMENT.find(execution).orElse(null));
    }
}
