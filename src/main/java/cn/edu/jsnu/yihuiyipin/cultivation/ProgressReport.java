package cn.edu.jsnu.yihuiyipin.cultivation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * 阶段进展: what a unit did in one reporting period (注重积累，提炼成果), one row per completed task; or,
 * {@link #isMissed() missed}, the record that the period's report was not submitted by its due date
 * (逾期未报), whose {@code activities} say so and whose {@code submittedAt} is when the miss was recorded.
 */
@Entity
@Table(name = "progress_report")
public class ProgressReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "project_id", nullable = false)
    private Long projectId;

    @Column(name = "period_no", nullable = false)
    private int periodNo;

    @Column(nullable = false)
    private String activities;

    @Column(name = "activity_dates")
    private String activityDates;

    private Integer participants;

    @Column(name = "photo_links")
    private String photoLinks;

    @Column(name = "video_links")
    private String videoLinks;

    @Column(name = "publicity_links")
    private String publicityLinks;

    @Column(name = "funding_spent")
    private BigDecimal fundingSpent;

    @Column(name = "task_id", unique = true)
    private String taskId;

    @Column(name = "submitted_at", nullable = false)
    private LocalDateTime submittedAt;

    @Column(nullable = false)
    private boolean missed;

    protected ProgressReport() {}

    public ProgressReport(Long projectId, int periodNo, String taskId) {
        this.projectId = projectId;
        this.periodNo = periodNo;
        this.taskId = taskId;
    }

    /** Replaces the content, so a retried completion updates instead of adding a row. */
    public void record(ProgressContent content, LocalDateTime submittedAt) {
        this.activities = content.activities();
        this.activityDates = content.activityDates();
        this.participants = content.participants();
        this.photoLinks = content.photoLinks();
        this.videoLinks = content.videoLinks();
        this.publicityLinks = content.publicityLinks();
        this.fundingSpent = content.fundingSpent();
        this.submittedAt = submittedAt;
    }

    /** 逾期未报: the period's report was not submitted by its due date. */
    public void recordMissed(String note, LocalDateTime recordedAt) {
        this.activities = note;
        this.submittedAt = recordedAt;
        this.missed = true;
    }

    public boolean isMissed() {
        return missed;
    }

    public ProgressContent content() {
        return new ProgressContent(
                activities, activityDates, participants, photoLinks, videoLinks, publicityLinks, fundingSpent);
    }

    public Long getId() {
        return id;
    }

    public Long getProjectId() {
        return projectId;
    }

    public int getPeriodNo() {
        return periodNo;
    }

    public String getTaskId() {
        return taskId;
    }

    public LocalDateTime getSubmittedAt() {
        return submittedAt;
    }
}
