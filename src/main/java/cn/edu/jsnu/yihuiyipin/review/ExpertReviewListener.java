package cn.edu.jsnu.yihuiyipin.review;

import static cn.edu.jsnu.yihuiyipin.process.SharedVariables.PROJECT_ID;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completes 专家评审 ({@code Task_ExpertReview}): the scores ({@link ApprovalCriterion}) and
 * {@code reviewOpinion}, local to each expert's task, become the expert's own APPROVAL row.
 */
@Component
class ExpertReviewListener implements TaskListener {

    private final PanelReviews panelReviews;

    ExpertReviewListener(PanelReviews panelReviews) {
        this.panelReviews = panelReviews;
    }

    @Override
    public void notify(DelegateTask task) {
        panelReviews.record(ReviewPhase.APPROVAL, task, PROJECT_ID.get(task), task.getAssignee());
    }
}
