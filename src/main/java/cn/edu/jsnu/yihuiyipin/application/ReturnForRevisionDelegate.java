package cn.edu.jsnu.yihuiyipin.application;

import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.*;
import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.Elements.*;
import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.Vars.*;
import static cn.edu.jsnu.yihuiyipin.process.SharedVariables.*;

import cn.edu.jsnu.yihuiyipin.project.BrandProject;
import cn.edu.jsnu.yihuiyipin.project.ProjectRecords;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatus;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatusService;
import cn.edu.jsnu.yihuiyipin.system.ProcessDates;
import java.time.Clock;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 退回单位修改 ({@code Task_ReturnForRevision}). Records the office's comment and status RETURNED, and
 * moves {@code applicationDeadline} to at least {@code yihui.application.revision-days} from now: a
 * form returned on 30 March must not time out as 逾期未申报 the next day.
 */
@Component
class ReturnForRevisionDelegate implements JavaDelegate {

    private final ProjectRecords records;
    private final ProjectStatusService statusService;
    private final ApplicationProperties properties;
    private final Clock clock;

    ReturnForRevisionDelegate(
            ProjectRecords records, ProjectStatusService statusService, ApplicationProperties properties, Clock clock) {
        this.records = records;
        this.statusService = statusService;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String comment = FORMAL_CHECK_COMMENT.find(execution).orElse(null);
        BrandProject project = records.project(PROJECT_ID.get(execution));
        project.setFormalCheckComment(comment);
        statusService.changeStatus(project, ProjectStatus.RETURNED, comment);

        LocalDateTime earliest = LocalDateTime.now(clock).plusDays(properties.revisionDays());
        LocalDateTime deadline = ProcessDates.toLocalDateTime(APPLICATION_DEADLINE.get(execution));
        if (deadline.isBefore(earliest)) {
            APPLICATION_DEADLINE.set(execution, ProcessDates.toDate(earliest));
        }
        FORMAL_CHECK_RESULT.clear(execution);
    }
}
