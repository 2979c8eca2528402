package cn.edu.jsnu.yihuiyipin.funding;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param bands          share of the requested budget by review score, highest band first; the last
 *                       band should start at 0 so every approved project gets a share
 * @param capPerProject  the most one project receives, in yuan
 * @param roundingUnit   amounts are rounded down to a multiple of this, in yuan
 */
@ConfigurationProperties("yihui.funding")
public record FundingProperties(List<Band> bands, BigDecimal capPerProject, BigDecimal roundingUnit) {

    /** From {@code minScore} (inclusive) upward a project receives {@code share} (0..1) of its request. */
    public record Band(BigDecimal minScore, BigDecimal share) {}
}
