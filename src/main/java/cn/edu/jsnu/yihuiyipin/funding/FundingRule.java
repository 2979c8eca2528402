package cn.edu.jsnu.yihuiyipin.funding;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 核定建设经费: a share of each approved project's request by its review score band, capped per
 * project, scaled down proportionally when the total exceeds the pool, and rounded down to the
 * rounding unit. Rounding down after scaling is what keeps the sum within the pool. Below the lowest
 * band, or without a panel score, a project gets nothing (and cannot be approved: {@link #fundable}).
 * A funded project that would round down to nothing gets the smaller of one rounding unit and its
 * request, while what rounding left of the pool lasts.
 */
public class FundingRule {

    public record Request(Long projectId, BigDecimal requested, BigDecimal reviewScore) {}

    private final List<FundingProperties.Band> bands;
    private final BigDecimal capPerProject;
    private final BigDecimal roundingUnit;

    public FundingRule(FundingProperties properties) {
        if (properties.bands() == null || properties.bands().isEmpty()) {
            throw new IllegalArgumentException("yihui.funding.bands must name at least one band");
        }
        if (properties.roundingUnit().signum() <= 0) {
            throw new IllegalArgumentException("yihui.funding.rounding-unit must be positive");
        }
        this.bands = properties.bands().stream()
                .sorted(Comparator.comparing(FundingProperties.Band::minScore).reversed())
                .toList();
        this.capPerProject = properties.capPerProject();
        this.roundingUnit = properties.roundingUnit();
    }

    /** Funding per project id, in the order of the requests. */
    public Map<Long, BigDecimal> allocate(List<Request> requests, BigDecimal pool) {
        Map<Long, BigDecimal> base = new LinkedHashMap<>();
        for (Request request : requests) {
            BigDecimal requested = request.requested() == null
                    ? BigDecimal.ZERO
                    : request.requested().max(BigDecimal.ZERO);
            BigDecimal amount = requested
                    .multiply(share(request.reviewScore()))
                    .min(capPerProject)
                    .min(requested);
            base.put(request.projectId(), amount);
        }
        BigDecimal total = base.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal available = pool == null ? BigDecimal.ZERO : pool.max(BigDecimal.ZERO);
        boolean scale = total.compareTo(available) > 0;

        Map<Long, BigDecimal> funding = new LinkedHashMap<>();
        base.forEach((projectId, amount) -> {
            BigDecimal scaled = scale ? amount.multiply(available).divide(total, MathContext.DECIMAL128) : amount;
            funding.put(projectId, roundDown(scaled));
        });
        BigDecimal left = available.subtract(funding.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
        for (Request request : requests) {
            BigDecimal floor = roundingUnit.min(request.requested() == null ? BigDecimal.ZERO : request.requested());
            boolean roundedAway = funding.get(request.projectId()).signum() == 0
                    && base.get(request.projectId()).signum() > 0;
            if (roundedAway && floor.signum() > 0 && floor.compareTo(left) <= 0) {
                funding.put(request.projectId(), floor.setScale(2));
                left = left.subtract(floor);
            }
        }
        return funding;
    }

    /** Whether a panel score earns any funding: the office cannot approve a project that would get none. */
    public boolean fundable(BigDecimal reviewScore) {
        return share(reviewScore).signum() > 0;
    }

    /** The lowest score that earns funding, for the office's form and messages. */
    public BigDecimal lowestFundedScore() {
        return bands.get(bands.size() - 1).minScore();
    }

    BigDecimal share(BigDecimal reviewScore) {
        if (reviewScore == null) {
            return BigDecimal.ZERO;
        }
        return bands.stream()
                .filter(band -> reviewScore.compareTo(band.minScore()) >= 0)
                .findFirst()
                .map(FundingProperties.Band::share)
                .orElse(BigDecimal.ZERO);
    }

    private BigDecimal roundDown(BigDecimal amount) {
        return amount.divide(roundingUnit, 0, RoundingMode.FLOOR)
                .multiply(roundingUnit)
                .setScale(2);
    }
}
