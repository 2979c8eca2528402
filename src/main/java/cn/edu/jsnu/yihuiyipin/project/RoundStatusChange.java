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

/** One step of a round's status history. */
@Entity
@Table(name = "round_status_change")
public class RoundStatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "round_id", nullable = false)
    private Long roundId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RoundStatus status;

    @Column(name = "changed_at", nullable = false)
    private LocalDateTime changedAt;

    private String note;

    protected RoundStatusChange() {}

    RoundStatusChange(Long roundId, RoundStatus status, LocalDateTime changedAt, String note) {
        this.roundId = roundId;
        this.status = status;
        this.changedAt = changedAt;
        this.note = note;
    }

    public RoundStatus getStatus() {
        return status;
    }

    public LocalDateTime getChangedAt() {
        return changedAt;
    }

    public String getNote() {
        return note;
    }
}
