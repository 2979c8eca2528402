package cn.edu.jsnu.yihuiyipin.award;

import cn.edu.jsnu.yihuiyipin.project.AwardTier;
import java.math.BigDecimal;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code yihui.award.*}: 表彰奖励. Shares are of the passed projects, in rank order: the first
 * {@code firstShare} get 一等奖, the next {@code secondShare} 二等奖, the next {@code thirdShare}
 * 三等奖, the rest 优秀奖 (see {@link AwardRule} for the rounding).
 *
 * @param firstShare share of 一等奖, e.g. 0.10
 * @param secondShare share of 二等奖
 * @param thirdShare share of 三等奖
 * @param firstAmount prize in yuan for 一等奖
 * @param secondAmount prize in yuan for 二等奖
 * @param thirdAmount prize in yuan for 三等奖
 * @param excellentAmount prize in yuan for 优秀奖
 * @param cityRecommendationsPerChannel how many of each channel's best are recommended to
 *     市级及以上 selection
 */
@ConfigurationProperties("yihui.award")
public record AwardSettings(
        @DefaultValue("0.10") BigDecimal firstShare,
        @DefaultValue("0.20") BigDecimal secondShare,
        @DefaultValue("0.30") BigDecimal thirdShare,
        @DefaultValue("5000") BigDecimal firstAmount,
        @DefaultValue("3000") BigDecimal secondAmount,
        @DefaultValue("2000") BigDecimal thirdAmount,
        @DefaultValue("1000") BigDecimal excellentAmount,
        @DefaultValue("2") int cityRecommendationsPerChannel) {

    public AwardSettings {
        for (BigDecimal share : new BigDecimal[] {firstShare, secondShare, thirdShare}) {
            if (share.signum() < 0) {
                throw new IllegalArgumentException("yihui.award shares must not be negative");
            }
        }
        if (firstShare.signum() == 0) {
            throw new IllegalArgumentException("yihui.award.first-share must be positive");
        }
        if (firstShare.add(secondShare).add(thirdShare).compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("yihui.award shares add up to more than 1");
        }
        for (BigDecimal amount : new BigDecimal[] {firstAmount, secondAmount, thirdAmount, excellentAmount}) {
            if (amount.signum() < 0) {
                throw new IllegalArgumentException("yihui.award amounts must not be negative");
            }
        }
        if (cityRecommendationsPerChannel < 0) {
            throw new IllegalArgumentException("yihui.award.city-recommendations-per-channel must not be negative");
        }
    }

    public BigDecimal amount(AwardTier tier) {
        return Map.of(
                        AwardTier.FIRST,
                        firstAmount,
                        AwardTier.SECOND,
                        secondAmount,
                        AwardTier.THIRD,
                        thirdAmount,
                        AwardTier.EXCELLENT,
                        excellentAmount)
                .get(tier);
    }
}
