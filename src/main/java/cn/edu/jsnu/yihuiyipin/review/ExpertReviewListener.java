package cn.edu.jsnu.yihuiyipin.review;

import static cn.edu.jsnu.yihuiyipin.application.BrandApplicationProcess.*;

import cn.edu.jsnu.yihuiyipin.system.FormValues;
import cn.edu.jsnu.yihuiyipin.system.InvalidTaskInputException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completes 专家评审 ({@code Task_ExpertReview}). The scores ({@link ApprovalCriterion}) and
 * {@code reviewOpinion} are local to each expert's task; they are checked and written to the expert's
 * own {@code expert_review} row (updated, never doubled, if the task is completed again after a retry).
 */
@Component
class ExpertReviewListener implements TaskListener {

    private final ExpertReviewRepository reviews;
    private final Clock clock;

    ExpertReviewListener(ExpertReviewRepository reviews, Clock clock) {
        this.reviews = reviews;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (ApprovalCriterion criterion : ApprovalCriterion.values()) {
            Integer score = FormValues.wholeNumber(task.getVariable(criterion.variable()));
            if (score == null || score < 0 || score > criterion.maxScore()) {
                throw new InvalidTaskInputException("“" + criterion.label() + "”须为 0 到 " + criterion.maxScore() + " 之间的整数");
            }
            scores.put(criterion.name(), score);
        }
        String opinion = FormValues.text(task.getVariable(REVIEW_OPINION));
        if (opinion == null) {
            throw new InvalidTaskInputException("请填写评审意见");
        }
        Long projectId = (Long) task.getVariable(PROJECT_ID);
        String expert = task.getAssignee();
        ExpertReview review = reviews.findByProjectIdAndPhaseAndExpertId(projectId, ReviewPhase.APPROVAL, expert)
                .orElseGet(() -> new ExpertReview(projectId, ReviewPhase.APPROVAL, expert));
        review.record(scores, opinion, task.getId(), LocalDateTime.now(clock));
        reviews.save(review);
    }
}
