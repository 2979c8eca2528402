package cn.edu.jsnu.yihuiyipin.cultivation;

import cn.edu.jsnu.yihuiyipin.project.BrandProject;
import cn.edu.jsnu.yihuiyipin.project.BrandProjectRepository;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatus;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatusService;
import cn.edu.jsnu.yihuiyipin.cultivation.BrandCultivationProcess.Vars;
import cn.edu.jsnu.yihuiyipin.review.ExpertReview;
import cn.edu.jsnu.yihuiyipin.review.ExpertReviewRepository;
import cn.edu.jsnu.yihuiyipin.review.ReviewPhase;
import cn.edu.jsnu.yihuiyipin.review.ScoreRule;
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
 * {@link ScoreRule} ({@code yihui.review.trim-from-experts}), passed when at least
 * {@code yihui.acceptance.pass-score}. Reads {@code projectId}; writes {@code acceptanceScore}
 * (for display) and {@code acceptancePassed} (for 是否通过验收？); status 验收通过 or 验收未通过.
 */
@Component
class ScoreAcceptanceDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(ScoreAcceptanceDelegate.class);

    private final ExpertReviewRepository reviews;
    private final BrandProjectRepository projects;
    private final ProjectStatusService statusService;
    private final ScoreRule scoreRule;
    private final AcceptanceSettings acceptance;
    private final Clock clock;

    ScoreAcceptanceDelegate(ExpertReviewRepository reviews, BrandProjectRepository projects,
            ProjectStatusService statusService, ScoreRule scoreRule, AcceptanceSettings acceptance, Clock clock) {
        this.reviews = reviews;
        this.projects = projects;
        this.statusService = statusService;
        this.scoreRule = scoreRule;
        this.acceptance = acceptance;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long projectId = BrandCultivationProcess.projectId(execution);
        BigDecimal score = scoreRule.panelScore(reviews.findByProjectIdAndPhaseOrderById(projectId, ReviewPhase.ACCEPTANCE)
                        .stream().map(ExpertReview::getTotal).toList())
                .orElseThrow(() -> new IllegalStateException("项目 " + projectId + " 没有验收评分"));
        boolean passed = acceptance.passes(score);

        BrandProject project = projects.findById(projectId).orElseThrow();
        project.setAcceptanceScore(score);
        project.setAcceptancePassed(passed);
        project.setAcceptedAt(LocalDateTime.now(clock));
        statusService.changeStatus(project, passed ? ProjectStatus.PASSED : ProjectStatus.FAILED,
                "验收得分 " + score.toPlainString());
        execution.setVariable(Vars.ACCEPTANCE_SCORE, score.doubleValue());
        execution.setVariable(Vars.ACCEPTANCE_PASSED, passed);
        log.info("{}: acceptance score {} → {}", execution.getProcessBusinessKey(), score, passed ? "passed" : "failed");
    }
}
