package cn.edu.jsnu.yihuiyipin.cultivation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/** 项目验收总结表（附件2）: one per project. */
@Entity
@Table(name = "project_summary")
public class ProjectSummary {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "project_id", nullable = false, unique = true)
    private Long projectId;

    @Column(nullable = false)
    private String implementation;

    @Column(nullable = false)
    private String results;

    private String experience;
    private String publicity;

    @Column(name = "funding_used")
    private BigDecimal fundingUsed;

    private String materials;

    @Column(name = "self_assessment")
    private String selfAssessment;

    @Column(name = "submitted_at", nullable = false)
    private LocalDateTime submittedAt;

    protected ProjectSummary() {}

    public ProjectSummary(Long projectId) {
        this.projectId = projectId;
    }

    public void record(SummaryContent content, LocalDateTime submittedAt) {
        this.implementation = content.implementation();
        this.results = content.results();
        this.experience = content.experience();
        this.publicity = content.publicity();
        this.fundingUsed = content.fundingUsed();
        this.materials = content.materials();
        this.selfAssessment = content.selfAssessment();
        this.submittedAt = submittedAt;
    }

    public SummaryContent content() {
        return new SummaryContent(
                implementation, results, experience, publicity, fundingUsed, materials, selfAssessment);
    }

    public Long getId() {
        return id;
    }

    public Long getProjectId() {
        return projectId;
    }

    public LocalDateTime getSubmittedAt() {
        return submittedAt;
    }
}
