package cn.edu.jsnu.yihuiyipin.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The panel's score of a project: the mean of the experts' totals, dropping the highest and the
 * lowest once the panel is large enough that one outlier should not decide (评审 and 验收 alike).
 */
public class ScoreRule {

    private final int trimFromExperts;

    /** @param trimFromExperts panel size from which the highest and the lowest total are dropped */
    public ScoreRule(int trimFromExperts) {
        if (trimFromExperts < 3) {
            throw new IllegalArgumentException("trimming needs at least three totals, got " + trimFromExperts);
        }
        this.trimFromExperts = trimFromExperts;
    }

    /** Empty when no expert has scored. Two decimals, half up. */
    public Optional<BigDecimal> panelScore(Collection<BigDecimal> totals) {
        if (totals.isEmpty()) {
            return Optional.empty();
        }
        List<BigDecimal> counted = new ArrayList<>(totals);
        counted.sort(null);
        if (counted.size() >= trimFromExperts) {
            counted = counted.subList(1, counted.size() - 1);
        }
        BigDecimal sum = counted.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return Optional.of(sum.divide(BigDecimal.valueOf(counted.size()), 2, RoundingMode.HALF_UP));
    }
}
