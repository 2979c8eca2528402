package cn.edu.jsnu.yihuiyipin.review;

import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.*;
import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.Elements.*;
import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.Vars.*;
import static cn.edu.jsnu.yihuiyipin.process.SharedVariables.*;

import cn.edu.jsnu.yihuiyipin.project.BrandProject;
import cn.edu.jsnu.yihuiyipin.project.ProjectRecords;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatus;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatusService;
import cn.edu.jsnu.yihuiyipin.system.ProcessText;
import java.math.BigDecimal;
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

    private final PanelReviews panelReviews;
    private final ProjectRecords records;
    private final ProjectStatusService statusService;

    ScoreReviewDelegate(PanelReviews panelReviews, ProjectRecords records, ProjectStatusService statusService) {
        this.panelReviews = panelReviews;
        this.records = records;
        this.statusService = statusService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        BrandProject project = records.project(PROJECT_ID.get(execution));
        PanelReviews.PanelResult result =
                panelReviews.result(ReviewPhase.APPROVAL, project.getId(), REVIEWERS.get(execution));
        BigDecimal score = result.score();
        project.setReviewScore(score);
        statusService.changeStatus(
                project,
                ProjectStatus.REVIEWED,
                score == null ? "未形成评审得分：" + result.shortfall() : "专家评审得分 " + score.toPlainString());
        REVIEW_SCORE.set(execution, score == null ? null : score.doubleValue());
        REVIEW_SUMMARY.set(execution, ProcessText.fit(summary(result), "其余评审意见见各专家的评审记录"));
    }

    static String summary(PanelReviews.PanelResult result) {
        if (result.reviews().isEmpty()) {
            return "评审截止时没有专家提交评分，未形成评审得分：可不予立项，或重新评审。";
        }
        String lines = result.reviews().stream()
                .map(r -> "专家 " + r.getExpertId() + "：" + r.getTotal().toPlainString() + " 分。" + r.getOpinion())
                .collect(Collectors.joining("\n"));
        String head = result.hasScore()
                ? "评审得分 " + result.score().toPlainString() + "（"
                        + result.reviews().size() + " 位专家）"
                : "未形成评审得分（" + result.shortfall() + "）：可不予立项，或重新评审。";
        return head + "\n" + lines;
    }
}
