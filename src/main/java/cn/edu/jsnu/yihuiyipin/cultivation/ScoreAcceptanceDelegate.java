package cn.edu.jsnu.yihuiyipin.cultivation;

import static cn.edu.jsnu.yihuiyipin.process.SharedVariables.*;

import cn.edu.jsnu.yihuiyipin.process.BrandCultivationProcess.Vars;
import cn.edu.jsnu.yihuiyipin.project.BrandProject;
import cn.edu.jsnu.yihuiyipin.project.BrandProjectRepository;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatus;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatusService;
import cn.edu.jsnu.yihuiyipin.review.PanelReviews;
import cn.edu.jsnu.yihuiyipin.review.ReviewPhase;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * 计算验收得分 ({@code Task_ScoreAcceptance}): the panel score of the ACCEPTANCE reviews by
 * {@code ScoreRule} ({@code yihui.review.trim-from-experts}), passed when at least
 * {@code yihui.acceptance.pass-score}. Reads {@code projectId}; writes {@code acceptanceScore}
 * (for display; none below the panel's quorum, which fails the acceptance) and {@code acceptancePassed} (for 是否通过验收？); status 验收通过 or 验收未通过.
 */
@Component
class ScoreAcceptanceDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(ScoreAcceptanceDelegate.class);

    private final PanelReviews panelReviews;
    private final BrandProjectRepository projects;
    private final ProjectStatusService statusService;
    private final AcceptanceSettings acceptance;
    private final Clock clock;

    ScoreAcceptanceDelegate(
            PanelReviews panelReviews,
            BrandProjectRepository projects,
            ProjectStatusService statusService,
            AcceptanceSettings acceptance,
            Clock clock) {
        this.panelReviews = panelReviews;
        this.projects = projects;
        this.statusService = statusService;
        this.acceptance = acceptance;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long projectId = PROJECT_ID.get(execution);
        PanelReviews.PanelResult result =
                panelReviews.result(ReviewPhase.ACCEPTANCE, projectId, Vars.ACCEPTANCE_EXPERTS.get(execution));
        BigDecimal score = result.score();
        // below the quorum there is no panel score to pass with: the round goes on, the project is not accepted
        boolean passed = score != null && acceptance.passes(score);

        BrandProject project = projects.findById(projectId).orElseThrow();
        project.setAcceptanceScore(score);
        project.setAcceptancePassed(passed);
        project.setAcceptedAt(LocalDateTime.now(clock));
        statusService.changeStatus(
                project,
                passed ? ProjectStatus.PASSED : ProjectStatus.FAILED,
                score == null ? "未形成验收得分：" + result.shortfall() : "验收得分 " + score.toPlainString());
        Vars.ACCEPTANCE_SCORE.set(execution, score == null ? null : score.doubleValue());
        Vars.ACCEPTANCE_PASSED.set(execution, passed);
        log.info(
                "{}: acceptance score {} → {}", execution.getProcessBusinessKey(), score, passed ? "passed" : "failed");
    }
}
