package cn.edu.jsnu.yihuiyipin.review;

import static cn.edu.jsnu.yihuiyipin.application.BrandApplicationProcess.*;

import cn.edu.jsnu.yihuiyipin.project.ProjectRecords;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatus;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatusService;
import cn.edu.jsnu.yihuiyipin.system.ProcessDates;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 分配评审专家 ({@code Task_AssignReviewers}). Reads {@code expertGroup}, {@code unitGroup},
 * {@code reviewDeadline}, {@code projectId}; sets {@code reviewers} (the panel less recused experts)
 * and {@code reviewDueDate}. With nobody left to review it fails, so an incident asks an admin to
 * add experts before the job is retried.
 */
@Component
class AssignReviewersDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(AssignReviewersDelegate.class);

    private final ExpertPanel panel;
    private final ProjectRecords records;
    private final ProjectStatusService statusService;
    private final ReviewProperties properties;
    private final Clock clock;

    AssignReviewersDelegate(ExpertPanel panel, ProjectRecords records, ProjectStatusService statusService,
            ReviewProperties properties, Clock clock) {
        this.panel = panel;
        this.records = records;
        this.statusService = statusService;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String expertGroup = (String) execution.getVariable(EXPERT_GROUP);
        List<String> reviewers = panel.reviewersFor(expertGroup, (String) execution.getVariable(UNIT_GROUP));
        if (reviewers.isEmpty()) {
            throw new IllegalStateException("专家组 " + expertGroup + " 中没有可评审本项目的专家（回避本单位专家后为空），请先在 Admin 中添加专家");
        }
        LocalDateTime earliest = LocalDateTime.now(clock).plusDays(properties.minimumReviewDays());
        LocalDateTime deadline = ProcessDates.toLocalDateTime((Date) execution.getVariable(REVIEW_DEADLINE));
        execution.setVariable(REVIEWERS, new ArrayList<>(reviewers));
        execution.setVariable(REVIEW_DUE_DATE, ProcessDates.toDate(deadline.isBefore(earliest) ? earliest : deadline));
        statusService.changeStatus(records.project((Long) execution.getVariable(PROJECT_ID)), ProjectStatus.UNDER_REVIEW,
                "评审专家：" + String.join("、", reviewers));
        log.info("{}: reviewers {}", execution.getProcessBusinessKey(), reviewers);
    }
}
