package cn.edu.jsnu.yihuiyipin.award;

import cn.edu.jsnu.yihuiyipin.project.AwardTier;
import java.math.BigDecimal;

/** The rule's proposal for one project: its rank (1 = best), tier, prize in yuan and city-level recommendation. */
public record AwardDecision(long projectId, int rank, AwardTier tier, BigDecimal amount, boolean cityRecommended) {}
