package cn.edu.jsnu.yihuiyipin.dashboard;

import java.math.BigDecimal;

/** The score bands of the distribution chart (百分制), lowest first; a band includes its lower bound. */
public enum ScoreBand {
    BELOW_60("60 分以下", 0),
    FROM_60("60–69 分", 60),
    FROM_70("70–79 分", 70),
    FROM_80("80–89 分", 80),
    FROM_90("90 分及以上", 90);

    private final String label;
    private final int lowerBound;

    ScoreBand(String label, int lowerBound) {
        this.label = label;
        this.lowerBound = lowerBound;
    }

    public String label() {
        return label;
    }

    public static ScoreBand of(BigDecimal score) {
        ScoreBand band = BELOW_60;
        for (ScoreBand candidate : values()) {
            if (score.compareTo(BigDecimal.valueOf(candidate.lowerBound)) >= 0) {
                band = candidate;
            }
        }
        return band;
    }
}
