package cn.edu.jsnu.yihuiyipin.review;

import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.Vars.DECISION;
import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.Vars.DECISION_OPINION;
import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.Vars.REVIEWERS;
import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.Vars.REVIEW_DUE_DATE;
import static cn.edu.jsnu.yihuiyipin.process.SharedVariables.EXPERT_GROUP;
import static cn.edu.jsnu.yihuiyipin.process.SharedVariables.PROJECT_ID;
import static cn.edu.jsnu.yihuiyipin.process.SharedVariables.REVIEW_DEADLINE;
import static cn.edu.jsnu.yihuiyipin.process.SharedVariables.UNIT_GROUP;

import cn.edu.jsnu.yihuiyipin.project.ProjectRecords;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatus;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatusService;
import cn.edu.jsnu.yihuiyipin.system.ProcessDates;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * 分配评审专家 ({@code Task_AssignReviewers}). Reads {@code expertGroup}, {@code unitGroup},
 * {@code reviewDeadline}, {@code projectId}; sets {@code reviewers} (the panel less recused experts
 * and, on 重新评审, less those who have scored) and {@code reviewDueDate}.
 */
@Component
class AssignReviewersDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(AssignReviewersDelegate.class);

    private final PanelReviews panelReviews;
    private final ProjectRecords records;
    private final ProjectStatusService statusService;

    AssignReviewersDelegate(PanelReviews panelReviews, ProjectRecords records, ProjectStatusService statusService) {
        this.panelReviews = panelReviews;
        this.records = records;
        this.statusService = statusService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long projectId = PROJECT_ID.get(execution);
        // on 重新评审 only the experts who have not scored get the review again; given scores stay
        List<String> reviewers = panelReviews.expertsStillToScore(
                ReviewPhase.APPROVAL, projectId, EXPERT_GROUP.get(execution), UNIT_GROUP.get(execution));
        REVIEWERS.set(execution, reviewers);
        REVIEW_DUE_DATE.set(
                execution,
                ProcessDates.toDate(
                        panelReviews.dueDate(ProcessDates.toLocalDateTime(REVIEW_DEADLINE.get(execution)))));
        // the office decides afresh once the panel has scored again
        DECISION.clear(execution);
        DECISION_OPINION.clear(execution);
        statusService.changeStatus(
                records.project(projectId), ProjectStatus.UNDER_REVIEW, "评审专家：" + String.join("、", reviewers));
        log.info("{}: reviewers {}", execution.getProcessBusinessKey(), reviewers);
    }
}
