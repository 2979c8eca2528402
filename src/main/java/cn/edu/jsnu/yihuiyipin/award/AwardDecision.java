package cn.edu.jsnu.yihuiyipin.award;

import java.math.BigDecimal;
import cn.edu.jsnu.yihuiyipin.project.AwardTier;

/** The rule's proposal for one project: its rank (1 = best), tier, prize in yuan and city-level recommendation. */
public record AwardDecision(long projectId, int rank, AwardTier tier, BigDecimal amount, boolean cityRecommended) {
}
