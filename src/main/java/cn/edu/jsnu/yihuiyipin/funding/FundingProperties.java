package cn.edu.jsnu.yihuiyipin.funding;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param bands          share of the requested budget by review score; below the lowest band (or
 *                       without a panel score) a project earns nothing and cannot be approved
 * @param capPerProject  the most one project receives, in yuan
 * @param roundingUnit   amounts are rounded down to a multiple of this, in yuan
 */
@ConfigurationProperties("yihui.funding")
public record FundingProperties(List<Band> bands, BigDecimal capPerProject, BigDecimal roundingUnit) {

    /** From {@code minScore} (inclusive) upward a project receives {@code share} (0..1) of its request. */
    public record Band(BigDecimal minScore, BigDecimal share) {}
}
