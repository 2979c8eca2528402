package cn.edu.jsnu.yihuiyipin.cultivation;

import static cn.edu.jsnu.yihuiyipin.process.SharedVariables.*;

import cn.edu.jsnu.yihuiyipin.process.BrandCultivationProcess.Vars;
import cn.edu.jsnu.yihuiyipin.project.BrandProject;
import cn.edu.jsnu.yihuiyipin.project.BrandProjectRepository;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatus;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatusService;
import cn.edu.jsnu.yihuiyipin.system.FormValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * 记录撤项 ({@code Task_RecordWithdrawal}), after 撤销项目 ended the building period: the project is
 * 已撤项 ({@link ProjectStatus#WITHDRAWN_BY_OFFICE}) with the office's reason in its status history; the
 * funding granted stays recorded as it was (no acceptance and no award follow, and whether money is
 * reclaimed is the office's business outside this process). Reads {@code projectId, withdrawalReason}.
 */
@Component
class RecordProjectWithdrawalDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(RecordProjectWithdrawalDelegate.class);

    private final BrandProjectRepository projects;
    private final ProjectStatusService statusService;

    RecordProjectWithdrawalDelegate(BrandProjectRepository projects, ProjectStatusService statusService) {
        this.projects = projects;
        this.statusService = statusService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long projectId = PROJECT_ID.get(execution);
        BrandProject project =
                projects.findById(projectId).orElseThrow(() -> new IllegalStateException("项目不存在：" + projectId));
        String reason = Vars.WITHDRAWAL_REASON.get(execution);
        statusService.changeStatus(
                project,
                ProjectStatus.WITHDRAWN_BY_OFFICE,
                "撤项（" + project.getChannel().label() + "）：" + reason + "；已核定建设经费 "
                        + FormValues.moneyText(project.getApprovedFunding()) + " 元按原额记录");
        log.info("{}: project {} withdrawn by the office", execution.getProcessBusinessKey(), projectId);
    }
}
