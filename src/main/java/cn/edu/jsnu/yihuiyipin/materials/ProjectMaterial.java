package cn.edu.jsnu.yihuiyipin.materials;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * One uploaded material of a project: who uploaded it when, the name and caption shown, and the blob
 * (by SHA-256) that holds its bytes. The original name is shown and offered on download, never used as
 * a path.
 */
@Entity
@Table(name = "project_material")
public class ProjectMaterial {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "project_id", nullable = false, updatable = false)
    private Long projectId;

    @Column(nullable = false, updatable = false)
    private String sha256;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    /** The allowed type Tika detected, stored by the enum's name. */
    @Enumerated(EnumType.STRING)
    @Column(name = "media_type", nullable = false, updatable = false)
    private MaterialType type;

    @Column(name = "original_name", nullable = false, updatable = false)
    private String originalName;

    private String caption;

    private String activity;

    @Column(name = "uploaded_by", nullable = false, updatable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private LocalDateTime uploadedAt;

    @Column(name = "deleted_by")
    private String deletedBy;

    @Column(name = "deleted_at")
    private LocalDateTime deletedAt;

    @Column(name = "restored_by")
    private String restoredBy;

    @Column(name = "restored_at")
    private LocalDateTime restoredAt;

    protected ProjectMaterial() {}

    ProjectMaterial(
            Long projectId,
            StoredBlob blob,
            String originalName,
            String caption,
            String activity,
            String uploadedBy,
            LocalDateTime uploadedAt) {
        this.projectId = projectId;
        this.sha256 = blob.sha256();
        this.sizeBytes = blob.size();
        this.type = blob.type();
        this.originalName = originalName;
        this.caption = caption;
        this.activity = activity;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    void delete(String userId, LocalDateTime at) {
        this.deletedBy = userId;
        this.deletedAt = at;
    }

    void restore(String userId, LocalDateTime at) {
        this.deletedBy = null;
        this.deletedAt = null;
        this.restoredBy = userId;
        this.restoredAt = at;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public Long getId() {
        return id;
    }

    public Long getProjectId() {
        return projectId;
    }

    public String getSha256() {
        return sha256;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    /** The size as the pages show it: 1.5 MB. */
    public String getSizeText() {
        return MaterialSizes.human(sizeBytes);
    }

    public MaterialType getType() {
        return type;
    }

    public MaterialKind getKind() {
        return type.kind();
    }

    public String getOriginalName() {
        return originalName;
    }

    public String getCaption() {
        return caption;
    }

    public String getActivity() {
        return activity;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public LocalDateTime getUploadedAt() {
        return uploadedAt;
    }

    public String getDeletedBy() {
        return deletedBy;
    }

    public LocalDateTime getDeletedAt() {
        return deletedAt;
    }

    public String getRestoredBy() {
        return restoredBy;
    }

    public LocalDateTime getRestoredAt() {
        return restoredAt;
    }
}
