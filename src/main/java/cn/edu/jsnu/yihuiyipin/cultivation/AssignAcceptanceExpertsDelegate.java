package cn.edu.jsnu.yihuiyipin.cultivation;

import cn.edu.jsnu.yihuiyipin.cultivation.BrandCultivationProcess.Vars;
import cn.edu.jsnu.yihuiyipin.review.ExpertPanel;
import cn.edu.jsnu.yihuiyipin.review.ReviewProperties;
import cn.edu.jsnu.yihuiyipin.system.ProcessDates;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * 分派验收专家 ({@code Task_AssignAcceptanceExperts}, async before so it runs without the unit's
 * login and an empty panel becomes a retryable incident): the {@link ExpertPanel} of
 * {@code expertGroup} without the members of the project's own {@code unitGroup} (回避). Writes
 * {@code acceptanceExperts}, a JSON list of user ids.
 */
@Component
class AssignAcceptanceExpertsDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(AssignAcceptanceExpertsDelegate.class);

    private final ExpertPanel panel;
    private final ReviewProperties reviewProperties;
    private final Clock clock;

    AssignAcceptanceExpertsDelegate(ExpertPanel panel, ReviewProperties reviewProperties, Clock clock) {
        this.panel = panel;
        this.reviewProperties = reviewProperties;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String expertGroup = (String) execution.getVariable(Vars.EXPERT_GROUP);
        String unitGroup = (String) execution.getVariable(Vars.UNIT_GROUP);
        List<String> experts = new ArrayList<>(panel.reviewersFor(expertGroup, unitGroup));
        if (experts.isEmpty()) {
            throw new IllegalStateException("专家组 " + expertGroup + " 中没有可参加验收的专家（已回避本单位成员），请补充专家后重试。");
        }
        // Java serialization is off; a JSON list is what the multi-instance collection reads back
        execution.setVariable(Vars.ACCEPTANCE_EXPERTS, Variables.objectValue(experts)
                .serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
        // one absent expert must not hold up the round's awards: the review closes after the minimum days
        execution.setVariable(Vars.ACCEPTANCE_REVIEW_DUE_DATE,
                ProcessDates.toDate(LocalDateTime.now(clock).plusDays(reviewProperties.minimumReviewDays())));
        log.info("{}: acceptance experts {}", execution.getProcessBusinessKey(), experts);
    }
}
