package cn.edu.jsnu.yihuiyipin.cultivation;

import cn.edu.jsnu.yihuiyipin.cultivation.BrandCultivationProcess.Vars;
import cn.edu.jsnu.yihuiyipin.review.ExpertReview;
import cn.edu.jsnu.yihuiyipin.review.ExpertReviewRepository;
import cn.edu.jsnu.yihuiyipin.review.ReviewPhase;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import cn.edu.jsnu.yihuiyipin.system.InvalidTaskInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Complete listener of 验收评审（听取汇报）({@code Task_AcceptanceReview}, one per expert): checks
 * the criterion scores (whole numbers 0–20) and stores them as the expert's own
 * {@link ExpertReview} row of phase ACCEPTANCE, updating it if the expert already has one. The
 * scores and {@code acceptanceOpinion} are task-local, so parallel experts share no variable.
 */
@Component
class AcceptanceReviewListener implements TaskListener {

    private static final Logger log = LoggerFactory.getLogger(AcceptanceReviewListener.class);

    private final ExpertReviewRepository reviews;
    private final Clock clock;

    AcceptanceReviewListener(ExpertReviewRepository reviews, Clock clock) {
        this.reviews = reviews;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (AcceptanceCriterion criterion : AcceptanceCriterion.values()) {
            Integer score = FormInput.integer(task, criterion.variable(), criterion.label() + "评分", 0,
                    AcceptanceCriterion.MAX_SCORE);
            if (score == null) {
                throw new InvalidTaskInputException("请为“" + criterion.label() + "”评分（0–" + AcceptanceCriterion.MAX_SCORE + "）。");
            }
            scores.put(criterion.name(), score);
        }
        String opinion = FormInput.requiredText(task, Vars.ACCEPTANCE_OPINION, "验收意见");
        String expert = task.getAssignee() != null ? task.getAssignee() : String.valueOf(task.getVariable(Vars.EXPERT));
        long projectId = BrandCultivationProcess.projectId(task);
        ExpertReview review = reviews.findByProjectIdAndPhaseAndExpertId(projectId, ReviewPhase.ACCEPTANCE, expert)
                .orElseGet(() -> new ExpertReview(projectId, ReviewPhase.ACCEPTANCE, expert));
        review.record(scores, opinion, task.getId(), LocalDateTime.now(clock));
        reviews.save(review);
        log.info("{}: acceptance review by {} total {}", task.getExecution().getProcessBusinessKey(), expert, review.getTotal());
    }
}
