package cn.edu.jsnu.yihuiyipin.award;

import cn.edu.jsnu.yihuiyipin.unit.Channel;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/** A project that passed the acceptance, as the award rule sees it; review score and submission may be missing. */
public record AwardCandidate(
        long projectId,
        Channel channel,
        BigDecimal acceptanceScore,
        BigDecimal reviewScore,
        LocalDateTime submittedAt) {}
