package cn.edu.jsnu.yihuiyipin.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One step of a project's status history. */
@Entity
@Table(name = "project_status_change")
public class ProjectStatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "project_id", nullable = false)
    private Long projectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProjectStatus status;

    @Column(name = "changed_at", nullable = false)
    private LocalDateTime changedAt;

    private String note;

    /** The Camunda user whose action made this step; null for a step of the engine's own (a timer). */
    @Column(name = "changed_by")
    private String changedBy;

    protected ProjectStatusChange() {}

    ProjectStatusChange(Long projectId, ProjectStatus status, LocalDateTime changedAt, String note, String changedBy) {
        this.projectId = projectId;
        this.status = status;
        this.changedAt = changedAt;
        this.note = note;
        this.changedBy = changedBy;
    }

    public ProjectStatus getStatus() {
        return status;
    }

    public LocalDateTime getChangedAt() {
        return changedAt;
    }

    public String getNote() {
        return note;
    }

    public String getChangedBy() {
        return changedBy;
    }
}
