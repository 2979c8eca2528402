package cn.edu.jsnu.yihuiyipin.award;

import cn.edu.jsnu.yihuiyipin.project.AwardTier;
import cn.edu.jsnu.yihuiyipin.unit.Channel;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * 评选表彰: ranks the projects that passed the acceptance and proposes their tiers, prizes and the
 * city-level recommendations (实施步骤 5).
 *
 * <p>Ranking: acceptance score descending; ties go to the higher review score, then to the earlier
 * submission, then to the smaller project id so the order is always the same.
 *
 * <p>Tiers: with {@code n} projects the best {@code ceil(n × firstShare)} get 一等奖, the projects up
 * to rank {@code ceil(n × (firstShare + secondShare))} 二等奖, up to {@code ceil(n × (first + second
 * + third share))} 三等奖, the rest 优秀奖. Ceiling errs towards the higher tier, as an encouragement
 * programme should, and guarantees one 一等奖 whenever anything passed; with few projects a tier may
 * stay empty (2 projects: 一等 and 三等).
 *
 * <p>Recommendation: the best {@code cityRecommendationsPerChannel} of each channel (校工会, 校妇联).
 */
public class AwardRule {

    static final Comparator<AwardCandidate> RANKING = Comparator.comparing(
                    AwardCandidate::acceptanceScore, Comparator.reverseOrder())
            .thenComparing(AwardCandidate::reviewScore, Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()))
            .thenComparing(AwardCandidate::submittedAt, Comparator.nullsLast(Comparator.<LocalDateTime>naturalOrder()))
            .thenComparingLong(AwardCandidate::projectId);

    private final AwardSettings settings;

    public AwardRule(AwardSettings settings) {
        this.settings = settings;
    }

    /** The decisions in rank order; empty when nothing passed. */
    public List<AwardDecision> decide(Collection<AwardCandidate> passed) {
        List<AwardCandidate> ranked = new ArrayList<>(passed);
        ranked.sort(RANKING);
        int n = ranked.size();
        int firstCut = cut(n, settings.firstShare());
        int secondCut = cut(n, settings.firstShare().add(settings.secondShare()));
        int thirdCut = cut(n, settings.firstShare().add(settings.secondShare()).add(settings.thirdShare()));

        Map<Channel, Integer> recommendedPerChannel = new EnumMap<>(Channel.class);
        List<AwardDecision> decisions = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            AwardCandidate candidate = ranked.get(i);
            int rank = i + 1;
            AwardTier tier = rank <= firstCut
                    ? AwardTier.FIRST
                    : rank <= secondCut ? AwardTier.SECOND : rank <= thirdCut ? AwardTier.THIRD : AwardTier.EXCELLENT;
            int recommendedSoFar = recommendedPerChannel.getOrDefault(candidate.channel(), 0);
            boolean recommended = recommendedSoFar < settings.cityRecommendationsPerChannel();
            if (recommended) {
                recommendedPerChannel.put(candidate.channel(), recommendedSoFar + 1);
            }
            decisions.add(new AwardDecision(candidate.projectId(), rank, tier, settings.amount(tier), recommended));
        }
        return decisions;
    }

    /** The last rank inside a cumulative share, never beyond {@code n}. */
    private static int cut(int n, BigDecimal cumulativeShare) {
        int ceiling = BigDecimal.valueOf(n)
                .multiply(cumulativeShare)
                .setScale(0, RoundingMode.CEILING)
                .intValueExact();
        return Math.min(n, ceiling);
    }
}
