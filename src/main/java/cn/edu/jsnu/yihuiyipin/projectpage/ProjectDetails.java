package cn.edu.jsnu.yihuiyipin.projectpage;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One project, whole, as one viewer may see it: the project page renders it and {@code /api/projects/{id}}
 * answers it as JSON. Labels are the Chinese the page shows; codes stay beside them for the API.
 */
public record ProjectDetails(
        long id,
        int year,
        Unit unit,
        String channel,
        String status,
        String statusLabel,
        Application application,
        List<StatusStep> history,
        String formalCheckComment,
        Panel approvalReview,
        Decision decision,
        List<StatusStep> adjustments,
        BigDecimal approvedFunding,
        LocalDateTime approvedAt,
        List<Report> progressReports,
        List<Guidance> guidance,
        Summary summary,
        Panel acceptanceReview,
        Acceptance acceptance,
        Award award,
        List<OpenTask> openTasks,
        boolean mayRecordGuidance) {

    public record Unit(String code, String name) {}

    /** 附件1 项目创建申报表. */
    public record Application(
            String category,
            String categoryLabel,
            String name,
            String leader,
            String phone,
            String foundation,
            String goals,
            String plan,
            String expectedResults,
            BigDecimal requestedBudget,
            boolean continuesBrand,
            Long continuedProjectId,
            LocalDateTime submittedAt) {}

    /** One step of the status history: what, when, who (null for the engine's own steps), why. */
    public record StatusStep(String status, String statusLabel, LocalDateTime changedAt, String by, String note) {}

    /**
     * A panel's result: the score and each expert's scores and opinion. {@code expertsNamed} is true for
     * offices and admins; everyone else reads 专家1, 专家2 …, and only once the result is out
     * ({@code opinionsShown}).
     */
    public record Panel(
            String phase,
            BigDecimal score,
            boolean expertsNamed,
            boolean opinionsShown,
            List<ExpertOpinion> opinions) {}

    public record ExpertOpinion(
            String expert, List<Score> scores, BigDecimal total, String opinion, LocalDateTime submittedAt) {}

    public record Score(String criterion, int score, int maxScore) {}

    /** 立项审定. */
    public record Decision(String decision, String label, String opinion) {}

    public record Report(
            int periodNo,
            boolean missed,
            String activities,
            String activityDates,
            Integer participants,
            String photoLinks,
            String videoLinks,
            String publicityLinks,
            BigDecimal fundingSpent,
            LocalDateTime submittedAt) {}

    /** 过程指导; {@code periodNo} empty for guidance given at any time on the project page. */
    public record Guidance(
            String advisor,
            String rating,
            String ratingLabel,
            String advice,
            Integer periodNo,
            LocalDateTime createdAt) {}

    /** 附件2 项目验收总结表. */
    public record Summary(
            String implementation,
            String results,
            String experience,
            String publicity,
            BigDecimal fundingUsed,
            String materials,
            String selfAssessment,
            LocalDateTime submittedAt) {}

    public record Acceptance(BigDecimal score, Boolean passed, LocalDateTime acceptedAt) {}

    public record Award(
            String tier,
            String tierLabel,
            BigDecimal amount,
            String note,
            boolean cityRecommended,
            LocalDateTime awardedAt) {}

    /** A Tasklist task of the project the viewer can work on or oversee. */
    public record OpenTask(String id, String name, String assignee, LocalDateTime created, String tasklistPath) {}
}
