package cn.edu.jsnu.yihuiyipin.review;

import cn.edu.jsnu.yihuiyipin.system.FormValues;
import cn.edu.jsnu.yihuiyipin.system.InvalidTaskInputException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
        return deadline.isBefore(earliest) ? earliest : deadline;
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

    /**
     * The panel's result: its score, or none when fewer experts scored than its quorum. The panel is
     * the experts the review was assigned to, with those who scored in an earlier 重新评审 round.
     */
    public PanelResult result(ReviewPhase phase, long projectId, List<String> assigned) {
        List<ExpertReview> scored = reviews(phase, projectId);
        Set<String> panelists = new HashSet<>(assigned);
        scored.forEach(review -> panelists.add(review.getExpertId()));
        int panelSize = panelists.size();
        Optional<BigDecimal> score =
                scoreRule.panelScore(scored.stream().map(ExpertReview::getTotal).toList(), panelSize);
        return new PanelResult(scored, score.orElse(null), scoreRule.quorumOf(panelSize));
    }

    /**
     * The experts of the panel who have not scored yet: the first review goes to the whole panel (less
     * 回避), a review opened again (重新评审) to those who did not score, while the given scores stay.
     */
    public List<String> expertsStillToScore(ReviewPhase phase, long projectId, String expertGroup, String unitGroup) {
        List<String> scored = reviews(phase, projectId).stream()
                .map(ExpertReview::getExpertId)
                .toList();
        List<String> remaining = assignExperts(phase, expertGroup, unitGroup).stream()
                .filter(expert -> !scored.contains(expert))
                .toList();
        if (remaining.isEmpty()) {
            throw new IllegalStateException("专家组 " + expertGroup + " 中的专家都已评分，没有可重新评审的专家，请先在 Admin 中添加专家后重试");
        }
        return remaining;
    }

    /**
     * @param reviews the rows of the experts who scored
     * @param score   the panel score, null below the quorum
     * @param quorum  how many scores the panel needed
     */
    public record PanelResult(List<ExpertReview> reviews, BigDecimal score, int quorum) {

        public boolean hasScore() {
            return score != null;
        }

        /** Why there is no score, for the status history and the forms. */
        public String shortfall() {
            return "有效评分 " + reviews.size() + " 份，未达法定人数 " + quorum + " 份";
        }
    }
}
