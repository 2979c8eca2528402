package cn.edu.jsnu.yihuiyipin.cultivation;

import java.util.Arrays;
import java.util.Optional;

/** The office's view of how a project is going, chosen in form {@code guidance}. */
public enum ProgressRating {
    EXCELLENT("进展优良"),
    ON_TRACK("按计划推进"),
    BEHIND("进度滞后"),
    AT_RISK("需重点督促");

    private final String label;

    ProgressRating(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<ProgressRating> parse(String value) {
        return Arrays.stream(values()).filter(r -> r.name().equals(value)).findFirst();
    }
}
