package cn.edu.jsnu.yihuiyipin.review;

import static cn.edu.jsnu.yihuiyipin.application.BrandApplicationProcess.*;

import cn.edu.jsnu.yihuiyipin.project.ProjectRecords;
import cn.edu.jsnu.yihuiyipin.project.BrandProject;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatus;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatusService;
import cn.edu.jsnu.yihuiyipin.system.ProcessText;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 汇总评审得分 ({@code Task_ScoreReview}). Reads the project's APPROVAL reviews; writes the panel
 * score to the project; sets {@code reviewScore} and {@code reviewSummary} for the 立项审定 form.
 */
@Component
class ScoreReviewDelegate implements JavaDelegate {

    private final ExpertReviewRepository reviews;
    private final ProjectRecords records;
    private final ProjectStatusService statusService;
    private final ScoreRule scoreRule;

    ScoreReviewDelegate(ExpertReviewRepository reviews, ProjectRecords records, ProjectStatusService statusService,
            ScoreRule scoreRule) {
        this.reviews = reviews;
        this.records = records;
        this.statusService = statusService;
        this.scoreRule = scoreRule;
    }

    @Override
    public void execute(DelegateExecution execution) {
        BrandProject project = records.project((Long) execution.getVariable(PROJECT_ID));
        List<ExpertReview> panelReviews = reviews.findByProjectIdAndPhaseOrderById(project.getId(), ReviewPhase.APPROVAL);
        BigDecimal score = scoreRule.panelScore(panelReviews.stream().map(ExpertReview::getTotal).toList()).orElse(null);
        project.setReviewScore(score);
        statusService.changeStatus(project, ProjectStatus.REVIEWED,
                score == null ? "评审截止时无专家评分" : "专家评审得分 " + score.toPlainString());
        execution.setVariable(REVIEW_SCORE, score == null ? null : score.doubleValue());
        execution.setVariable(REVIEW_SUMMARY, ProcessText.fit(summary(panelReviews, score), "其余评审意见见各专家的评审记录"));
    }

    static String summary(List<ExpertReview> panelReviews, BigDecimal score) {
        if (panelReviews.isEmpty()) {
            return "评审截止时没有专家提交评分。";
        }
        String lines = panelReviews.stream()
                .map(r -> "专家 " + r.getExpertId() + "：" + r.getTotal().toPlainString() + " 分。" + r.getOpinion())
                .collect(Collectors.joining("\n"));
        return "评审得分 " + score.toPlainString() + "（" + panelReviews.size() + " 位专家）\n" + lines;
    }
}
