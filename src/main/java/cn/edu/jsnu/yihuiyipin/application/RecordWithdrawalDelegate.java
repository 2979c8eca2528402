package cn.edu.jsnu.yihuiyipin.application;

import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.Vars.WITHDRAWAL_REASON;
import static cn.edu.jsnu.yihuiyipin.process.SharedVariables.PROJECT_ID;

import cn.edu.jsnu.yihuiyipin.project.ProjectRecords;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatus;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatusService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * 记录撤回申报 ({@code Task_RecordWithdrawal}, after the unit withdrew before the formal check was
 * completed): the project is 已撤回 with the unit's reason, and the year's application ends. Reads
 * {@code projectId}, {@code withdrawalReason}.
 */
@Component
class RecordWithdrawalDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(RecordWithdrawalDelegate.class);

    private final ProjectRecords records;
    private final ProjectStatusService statusService;

    RecordWithdrawalDelegate(ProjectRecords records, ProjectStatusService statusService) {
        this.records = records;
        this.statusService = statusService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String reason = WITHDRAWAL_REASON.find(execution).orElse("");
        statusService.changeStatus(
                records.project(PROJECT_ID.get(execution)), ProjectStatus.WITHDRAWN, "单位撤回申报：" + reason);
        log.info("{}: application withdrawn: {}", execution.getProcessBusinessKey(), reason);
    }
}
