package cn.edu.jsnu.yihuiyipin.review;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param trimFromExperts   panel size from which the highest and lowest totals are dropped
 * @param minimumReviewDays days experts get at least, even when the review starts late
 */
@ConfigurationProperties("yihui.review")
public record ReviewProperties(int trimFromExperts, int minimumReviewDays) {}
