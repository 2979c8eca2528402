package cn.edu.jsnu.yihuiyipin.cultivation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code yihui.review.*} as the acceptance panel needs it; the approval phase may bind the same
 * prefix to its own record.
 *
 * @param trimFromExperts panel size from which the highest and the lowest total are dropped
 */
@ConfigurationProperties("yihui.review")
public record ReviewPanelSettings(@DefaultValue("5") int trimFromExperts) {
}
