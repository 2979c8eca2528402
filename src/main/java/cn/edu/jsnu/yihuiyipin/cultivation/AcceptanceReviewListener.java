package cn.edu.jsnu.yihuiyipin.cultivation;

import static cn.edu.jsnu.yihuiyipin.process.BrandCultivationProcess.Vars.EXPERT;
import static cn.edu.jsnu.yihuiyipin.process.SharedVariables.PROJECT_ID;

import cn.edu.jsnu.yihuiyipin.review.ExpertReview;
import cn.edu.jsnu.yihuiyipin.review.PanelReviews;
import cn.edu.jsnu.yihuiyipin.review.ReviewPhase;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Completes 验收评审（听取汇报）({@code Task_AcceptanceReview}, one per expert): the scores
 * ({@code AcceptanceCriterion}) and {@code acceptanceOpinion}, local to each expert's task, become the
 * expert's own ACCEPTANCE row.
 */
@Component
class AcceptanceReviewListener implements TaskListener {

    private static final Logger log = LoggerFactory.getLogger(AcceptanceReviewListener.class);

    private final PanelReviews panelReviews;

    AcceptanceReviewListener(PanelReviews panelReviews) {
        this.panelReviews = panelReviews;
    }

    @Override
    public void notify(DelegateTask task) {
        String expert = task.getAssignee() != null ? task.getAssignee() : EXPERT.get(task);
        ExpertReview review = panelReviews.record(ReviewPhase.ACCEPTANCE, task, PROJECT_ID.get(task), expert);
        log.info(
                "{}: acceptance review by {} total {}",
                task.getExecution().getProcessBusinessKey(),
                expert,
                review.getTotal());
    }
}
