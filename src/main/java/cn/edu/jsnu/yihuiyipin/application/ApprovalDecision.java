package cn.edu.jsnu.yihuiyipin.application;

import java.util.Arrays;
import java.util.Optional;

/**
 * 立项审定: the office's choices (实施方案 四、2), and 重新评审 for a panel that did not reach its quorum
 * (the experts who have not scored get the review again; the scores given stay).
 */
public enum ApprovalDecision {
    APPROVE("立项"),
    APPROVE_AFTER_ADJUSTMENT("调整后立项"),
    REJECT("不予立项"),
    REVIEW_AGAIN("重新评审");

    private final String label;

    ApprovalDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the project is approved, possibly after adjustment. */
    public boolean approves() {
        return this == APPROVE || this == APPROVE_AFTER_ADJUSTMENT;
    }

    public static Optional<ApprovalDecision> parse(Object value) {
        return Arrays.stream(values()).filter(d -> d.name().equals(value)).findFirst();
    }
}
