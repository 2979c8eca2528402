package cn.edu.jsnu.yihuiyipin.application;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param maxBudget    the largest budget one project may request, in yuan
 * @param revisionDays days a unit gets at least to revise a returned application, even past the deadline
 */
@ConfigurationProperties("yihui.application")
public record ApplicationProperties(BigDecimal maxBudget, int revisionDays) {}
