package cn.edu.jsnu.yihuiyipin.cultivation;

import static cn.edu.jsnu.yihuiyipin.process.SharedVariables.*;

import cn.edu.jsnu.yihuiyipin.process.BrandCultivationProcess.Vars;
import cn.edu.jsnu.yihuiyipin.project.BrandProject;
import cn.edu.jsnu.yihuiyipin.project.BrandProjectRepository;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatus;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatusService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * 记录逾期未提交 ({@code Task_RecordSummaryOverdue}), after the deadline timer on the summary: the
 * acceptance fails. Reads {@code projectId}; writes {@code acceptancePassed=false}; status
 * 逾期未提交总结.
 */
@Component
class RecordSummaryOverdueDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(RecordSummaryOverdueDelegate.class);

    private final BrandProjectRepository projects;
    private final ProjectStatusService statusService;

    RecordSummaryOverdueDelegate(BrandProjectRepository projects, ProjectStatusService statusService) {
        this.projects = projects;
        this.statusService = statusService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        BrandProject project = projects.findById(PROJECT_ID.get(execution)).orElseThrow();
        project.setAcceptancePassed(false);
        statusService.changeStatus(project, ProjectStatus.SUMMARY_OVERDUE, "验收总结表逾期未提交，验收未通过");
        Vars.ACCEPTANCE_PASSED.set(execution, false);
        log.info("{}: acceptance summary overdue", execution.getProcessBusinessKey());
    }
}
