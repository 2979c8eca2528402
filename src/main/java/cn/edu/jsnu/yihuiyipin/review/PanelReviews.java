package cn.edu.jsnu.yihuiyipin.review;

import cn.edu.jsnu.yihuiyipin.system.FormValues;
import cn.edu.jsnu.yihuiyipin.system.InvalidTaskInputException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Service;

/**
 * The review pipeline both panels follow, the April 专家评审 and the January 验收评审: the panel less
 * the unit's own experts (回避), one row per expert with the scores of the phase's criteria, and the
 * panel's score by {@link ScoreRule}. The phases differ only in their criteria and in what their
 * score decides, which stays with them (立项审定, {@code yihui.acceptance.pass-score}).
 */
@Service
public class PanelReviews {

    private final ExpertPanel panel;
    private final ExpertReviewRepository reviews;
    private final ScoreRule scoreRule;
    private final ReviewProperties properties;
    private final Clock clock;

    PanelReviews(
            ExpertPanel panel,
            ExpertReviewRepository reviews,
            ScoreRule scoreRule,
            ReviewProperties properties,
            Clock clock) {
        this.panel = panel;
        this.reviews = reviews;
        this.scoreRule = scoreRule;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * The experts of {@code expertGroup} who are not members of {@code unitGroup}. With nobody left it
     * fails, so the job becomes an incident that asks an admin to add experts before it is retried.
     */
    public List<String> assignExperts(ReviewPhase phase, String expertGroup, String unitGroup) {
        List<String> experts = panel.reviewersFor(expertGroup, unitGroup);
        if (experts.isEmpty()) {
            throw new IllegalStateException(
                    "专家组 " + expertGroup + " 中没有可参加" + phase.label() + "的专家（回避本单位专家后为空），请先在 Admin 中添加专家后重试");
        }
        return experts;
    }

    /** When the experts' tasks close: the phase's deadline, but never fewer than the minimum review days from now. */
    public LocalDateTime dueDate(LocalDateTime deadline) {
        LocalDateTime earliest = LocalDateTime.now(clock).plusDays(properties.minimumReviewDays());
        return deadline == null || deadline.isBefore(earliest) ? earliest : deadline;
    }

    /**
     * Checks what one expert submitted and stores it as the expert's own row, updated rather than
     * doubled when the task is completed again after a retry.
     */
    public ExpertReview record(ReviewPhase phase, DelegateTask task, long projectId, String expert) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (ReviewCriterion criterion : phase.criteria()) {
            Integer score = FormValues.integer(
                    task.getVariable(criterion.variable()), criterion.label(), 0, criterion.maxScore());
            if (score == null) {
                throw new InvalidTaskInputException("请为“" + criterion.label() + "”评分（0–" + criterion.maxScore() + "）。");
            }
            scores.put(criterion.name(), score);
        }
        String opinion = FormValues.requiredText(task, phase.opinion(), phase.opinionLabel());
        ExpertReview review = reviews.findByProjectIdAndPhaseAndExpertId(projectId, phase, expert)
                .orElseGet(() -> new ExpertReview(projectId, phase, expert));
        review.record(scores, opinion, task.getId(), LocalDateTime.now(clock));
        return reviews.save(review);
    }

    public List<ExpertReview> reviews(ReviewPhase phase, long projectId) {
        return reviews.findByProjectIdAndPhaseOrderById(projectId, phase);
    }

    /** Empty when no expert has scored. */
    public Optional<BigDecimal> panelScore(List<ExpertReview> panelReviews) {
        return scoreRule.panelScore(
                panelReviews.stream().map(ExpertReview::getTotal).toList());
    }
}
