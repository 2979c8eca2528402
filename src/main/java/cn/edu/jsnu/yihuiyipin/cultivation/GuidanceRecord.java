package cn.edu.jsnu.yihuiyipin.cultivation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** 过程指导: the office's advice on a project, after a progress report or at any time. */
@Entity
@Table(name = "guidance_record")
public class GuidanceRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "project_id", nullable = false)
    private Long projectId;

    /** Empty for guidance the office gave without a report. */
    @Column(name = "progress_report_id")
    private Long progressReportId;

    @Column(nullable = false)
    private String advisor;

    @Column(nullable = false)
    private String advice;

    @Enumerated(EnumType.STRING)
    private ProgressRating rating;

    @Column(name = "task_id", unique = true)
    private String taskId;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected GuidanceRecord() {}

    public GuidanceRecord(Long projectId, Long progressReportId, String taskId) {
        this.projectId = projectId;
        this.progressReportId = progressReportId;
        this.taskId = taskId;
    }

    public void record(String advisor, String advice, ProgressRating rating, LocalDateTime createdAt) {
        this.advisor = advisor;
        this.advice = advice;
        this.rating = rating;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Long getProjectId() {
        return projectId;
    }

    public Long getProgressReportId() {
        return progressReportId;
    }

    public String getAdvisor() {
        return advisor;
    }

    public String getAdvice() {
        return advice;
    }

    public ProgressRating getRating() {
        return rating;
    }

    public String getTaskId() {
        return taskId;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }
}
