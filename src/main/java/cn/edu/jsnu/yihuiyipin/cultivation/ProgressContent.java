package cn.edu.jsnu.yihuiyipin.cultivation;

import java.math.BigDecimal;

/** What form {@code progress-report} collects; links are one per line. */
public record ProgressContent(
        String activities,
        String activityDates,
        Integer participants,
        String photoLinks,
        String videoLinks,
        String publicityLinks,
        BigDecimal fundingSpent) {}
