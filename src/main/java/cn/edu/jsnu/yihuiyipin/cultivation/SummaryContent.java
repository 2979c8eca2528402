package cn.edu.jsnu.yihuiyipin.cultivation;

import java.math.BigDecimal;

/** What form {@code acceptance-summary} (附件2) collects. */
public record SummaryContent(
        String implementation,
        String results,
        String experience,
        String publicity,
        BigDecimal fundingUsed,
        String materials,
        String selfAssessment) {}
