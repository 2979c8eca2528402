package cn.edu.jsnu.yihuiyipin.project;

import java.util.Arrays;
import java.util.Optional;

/** 表彰等次, best first. */
public enum AwardTier {
    FIRST("一等奖"),
    SECOND("二等奖"),
    THIRD("三等奖"),
    EXCELLENT("优秀奖");

    private final String label;

    AwardTier(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<AwardTier> parse(String value) {
        return Arrays.stream(values()).filter(t -> t.name().equals(value)).findFirst();
    }
}
