package cn.edu.jsnu.yihuiyipin.review;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param trimFromExperts   number of totals from which the highest and lowest are dropped
 * @param quorumShare       a panel has a score once more than this share of its experts scored
 * @param minimumReviewDays days experts get at least, even when the review starts late
 */
@ConfigurationProperties("yihui.review")
public record ReviewProperties(int trimFromExperts, BigDecimal quorumShare, int minimumReviewDays) {}
