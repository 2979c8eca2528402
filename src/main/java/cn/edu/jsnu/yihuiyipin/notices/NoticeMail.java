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

/** A mail of the outbox: written with the notice, sent after commit by {@link MailOutbox}. */
@Entity
@Table(name = "notice_mail")
public class NoticeMail {

    public enum Status {
        PENDING,
        SENT,
        FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String recipient;

    @Column(nullable = false)
    private String address;

    @Column(nullable = false)
    private String subject;

    @Column(name = "text_body", nullable = false)
    private String textBody;

    @Column(name = "html_body", nullable = false)
    private String htmlBody;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private LocalDateTime nextAttemptAt;

    @Column(name = "claimed_by")
    private String claimedBy;

    @Column(name = "claimed_until")
    private LocalDateTime claimedUntil;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "sent_at")
    private LocalDateTime sentAt;

    protected NoticeMail() {}

    NoticeMail(String recipient, String address, RenderedMail mail, LocalDateTime now) {
        this.recipient = recipient;
        this.address = address;
        this.subject = mail.subject();
        this.textBody = mail.text();
        this.htmlBody = mail.html();
        this.status = Status.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getAddress() {
        return address;
    }

    public String getSubject() {
        return subject;
    }

    public String getTextBody() {
        return textBody;
    }

    public String getHtmlBody() {
        return htmlBody;
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public LocalDateTime getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getSentAt() {
        return sentAt;
    }

    void sent(LocalDateTime at) {
        status = Status.SENT;
        attempts++;
        sentAt = at;
        lastError = null;
        release();
    }

    /** A failed try: again at {@code next}, or given up (FAILED) when {@code next} is null. */
    void failed(String error, LocalDateTime next) {
        attempts++;
        lastError = error.length() > 1000 ? error.substring(0, 1000) : error;
        if (next == null) {
            status = Status.FAILED;
        } else {
            nextAttemptAt = next;
        }
        release();
    }

    /** An admin's 重新发送: a failed mail is tried again at once, with its attempts counted afresh. */
    void resend(LocalDateTime now) {
        status = Status.PENDING;
        attempts = 0;
        nextAttemptAt = now;
        release();
    }

    private void release() {
        claimedBy = null;
        claimedUntil = null;
    }
}
