package cn.edu.jsnu.yihuiyipin.notices;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One in-app notice for one person (read or unread); its mail, if any, is a row of {@code notice_mail}. */
@Entity
@Table(name = "notice")
public class Notice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String recipient;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NoticeKind kind;

    @Column(nullable = false)
    private String subject;

    @Column(nullable = false)
    private String body;

    private String link;

    @Column(name = "project_id")
    private Long projectId;

    @Column(name = "task_id")
    private String taskId;

    @Column(name = "dedupe_key", nullable = false)
    private String dedupeKey;

    @Column(name = "in_digest", nullable = false)
    private boolean inDigest;

    @Column(name = "digested_at")
    private LocalDateTime digestedAt;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "read_at")
    private LocalDateTime readAt;

    protected Notice() {}

    Notice(NoticeMessage message, String recipient, boolean inDigest, LocalDateTime createdAt) {
        this.recipient = recipient;
        this.kind = message.kind();
        this.subject = message.subject();
        this.body = String.join("\n", message.lines());
        this.link = message.link();
        this.projectId = message.projectId();
        this.taskId = message.taskId();
        this.dedupeKey = message.cause() + ":" + recipient;
        this.inDigest = inDigest;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public NoticeKind getKind() {
        return kind;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public String getLink() {
        return link;
    }

    public Long getProjectId() {
        return projectId;
    }

    public String getTaskId() {
        return taskId;
    }

    String getDedupeKey() {
        return dedupeKey;
    }

    public boolean isInDigest() {
        return inDigest;
    }

    public LocalDateTime getDigestedAt() {
        return digestedAt;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getReadAt() {
        return readAt;
    }

    public boolean isRead() {
        return readAt != null;
    }

    void markRead(LocalDateTime at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    void markDigested(LocalDateTime at) {
        digestedAt = at;
    }
}
