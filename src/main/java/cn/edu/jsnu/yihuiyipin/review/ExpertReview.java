package cn.edu.jsnu.yihuiyipin.review;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/** One expert's scores and opinion on one project in one phase: its own row, never a shared variable. */
@Entity
@Table(name = "expert_review")
public class ExpertReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "project_id", nullable = false)
    private Long projectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReviewPhase phase;

    @Column(name = "expert_id", nullable = false)
    private String expertId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "expert_review_score", joinColumns = @JoinColumn(name = "review_id"))
    @MapKeyColumn(name = "criterion")
    @Column(name = "score")
    private Map<String, Integer> scores = new LinkedHashMap<>();

    @Column(nullable = false)
    private BigDecimal total;

    private String opinion;

    @Column(name = "task_id")
    private String taskId;

    @Column(name = "submitted_at", nullable = false)
    private LocalDateTime submittedAt;

    protected ExpertReview() {}

    public ExpertReview(Long projectId, ReviewPhase phase, String expertId) {
        this.projectId = projectId;
        this.phase = phase;
        this.expertId = expertId;
    }

    /** Replaces the scores; the total is their sum. */
    public void record(Map<String, Integer> criterionScores, String opinion, String taskId, LocalDateTime submittedAt) {
        this.scores.clear();
        this.scores.putAll(criterionScores);
        this.total = BigDecimal.valueOf(
                criterionScores.values().stream().mapToInt(Integer::intValue).sum());
        this.opinion = opinion;
        this.taskId = taskId;
        this.submittedAt = submittedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getProjectId() {
        return projectId;
    }

    public ReviewPhase getPhase() {
        return phase;
    }

    public String getExpertId() {
        return expertId;
    }

    public Map<String, Integer> getScores() {
        return scores;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public String getOpinion() {
        return opinion;
    }

    public LocalDateTime getSubmittedAt() {
        return submittedAt;
    }
}
