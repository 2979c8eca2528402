package cn.edu.jsnu.yihuiyipin.application;

import java.util.Arrays;
import java.util.Optional;

/** 立项审定: the office's three choices (实施方案 四、2). */
public enum ApprovalDecision {
    APPROVE("立项"),
    APPROVE_AFTER_ADJUSTMENT("调整后立项"),
    REJECT("不予立项");

    private final String label;

    ApprovalDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<ApprovalDecision> parse(Object value) {
        return Arrays.stream(values()).filter(d -> d.name().equals(value)).findFirst();
    }
}
