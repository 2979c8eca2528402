package cn.edu.jsnu.yihuiyipin.unitadmin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One change an admin made to a grassroots unit: what, by whom, when. Never updated or deleted. */
@Entity
@Table(name = "grassroots_unit_change")
public class UnitChange {

    /** What an admin can do to a unit. */
    public enum Action {
        ADDED("新增"),
        RENAMED("改名"),
        CHANNEL_CHANGED("调整渠道"),
        DEACTIVATED("停用"),
        REACTIVATED("启用");

        private final String label;

        Action(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Action action;

    @Column(nullable = false)
    private String detail;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private LocalDateTime changedAt;

    protected UnitChange() {}

    UnitChange(Long unitId, Action action, String detail, String changedBy, LocalDateTime changedAt) {
        this.unitId = unitId;
        this.action = action;
        this.detail = detail;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public Long getUnitId() {
        return unitId;
    }

    public Action getAction() {
        return action;
    }

    public String getDetail() {
        return detail;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public LocalDateTime getChangedAt() {
        return changedAt;
    }
}
