package cn.edu.jsnu.yihuiyipin.cultivation;

import static cn.edu.jsnu.yihuiyipin.process.BrandCultivationProcess.Vars.ACCEPTANCE_EXPERTS;
import static cn.edu.jsnu.yihuiyipin.process.BrandCultivationProcess.Vars.ACCEPTANCE_REVIEW_DUE_DATE;
import static cn.edu.jsnu.yihuiyipin.process.SharedVariables.ACCEPTANCE_DEADLINE;
import static cn.edu.jsnu.yihuiyipin.process.SharedVariables.EXPERT_GROUP;
import static cn.edu.jsnu.yihuiyipin.process.SharedVariables.UNIT_GROUP;

import cn.edu.jsnu.yihuiyipin.review.PanelReviews;
import cn.edu.jsnu.yihuiyipin.review.ReviewPhase;
import cn.edu.jsnu.yihuiyipin.system.ProcessDates;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * 分派验收专家 ({@code Task_AssignAcceptanceExperts}, async before so it runs without the unit's
 * login and an empty panel becomes a retryable incident): the panel of {@code expertGroup} without
 * the members of the project's own {@code unitGroup} (回避). Writes {@code acceptanceExperts} and
 * {@code acceptanceReviewDueDate}.
 */
@Component
class AssignAcceptanceExpertsDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(AssignAcceptanceExpertsDelegate.class);

    private final PanelReviews panelReviews;
    private final Clock clock;

    AssignAcceptanceExpertsDelegate(PanelReviews panelReviews, Clock clock) {
        this.panelReviews = panelReviews;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<String> experts = panelReviews.assignExperts(
                ReviewPhase.ACCEPTANCE, EXPERT_GROUP.get(execution), UNIT_GROUP.get(execution));
        ACCEPTANCE_EXPERTS.set(execution, experts);
        // the panel scores by the round's acceptance deadline (附件2 was due the review days before it), so one
        // absent expert cannot hold up the awards and no acceptance review runs into February
        LocalDateTime deadline = ProcessDates.toLocalDateTime(ACCEPTANCE_DEADLINE.get(execution));
        LocalDateTime now = LocalDateTime.now(clock);
        ACCEPTANCE_REVIEW_DUE_DATE.set(execution, ProcessDates.toDate(deadline.isAfter(now) ? deadline : now));
        log.info("{}: acceptance experts {}", execution.getProcessBusinessKey(), experts);
    }
}
