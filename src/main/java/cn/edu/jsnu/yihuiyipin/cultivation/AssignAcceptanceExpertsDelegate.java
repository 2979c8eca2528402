package cn.edu.jsnu.yihuiyipin.cultivation;

import static cn.edu.jsnu.yihuiyipin.process.BrandCultivationProcess.Vars.ACCEPTANCE_EXPERTS;
import static cn.edu.jsnu.yihuiyipin.process.BrandCultivationProcess.Vars.ACCEPTANCE_REVIEW_DUE_DATE;
import static cn.edu.jsnu.yihuiyipin.process.SharedVariables.EXPERT_GROUP;
import static cn.edu.jsnu.yihuiyipin.process.SharedVariables.UNIT_GROUP;

import cn.edu.jsnu.yihuiyipin.review.PanelReviews;
import cn.edu.jsnu.yihuiyipin.review.ReviewPhase;
import cn.edu.jsnu.yihuiyipin.system.ProcessDates;
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

    AssignAcceptanceExpertsDelegate(PanelReviews panelReviews) {
        this.panelReviews = panelReviews;
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<String> experts = panelReviews.assignExperts(
                ReviewPhase.ACCEPTANCE, EXPERT_GROUP.get(execution), UNIT_GROUP.get(execution));
        ACCEPTANCE_EXPERTS.set(execution, experts);
        // one absent expert must not hold up the round's awards: the review closes after the minimum days
        ACCEPTANCE_REVIEW_DUE_DATE.set(execution, ProcessDates.toDate(panelReviews.dueDate(null)));
        log.info("{}: acceptance experts {}", execution.getProcessBusinessKey(), experts);
    }
}
