package cn.edu.jsnu.yihuiyipin.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The panel's score of a project (评审 and 验收 alike): the mean of the experts' totals, dropping the
 * highest and the lowest once the panel is large enough that one outlier should not decide, and none
 * at all below the quorum (more than a share of the panel, by default more than half), so that one
 * expert of five never decides alone.
 */
public class ScoreRule {

    private final int trimFromExperts;
    private final BigDecimal quorumShare;

    /**
     * @param trimFromExperts number of totals from which the highest and the lowest are dropped
     * @param quorumShare     a score needs more than this share (0..1) of the panel's experts
     */
    public ScoreRule(int trimFromExperts, BigDecimal quorumShare) {
        if (trimFromExperts < 3) {
            throw new IllegalArgumentException("trimming needs at least three totals, got " + trimFromExperts);
        }
        if (quorumShare == null || quorumShare.signum() < 0 || quorumShare.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("the quorum share must lie in [0, 1), got " + quorumShare);
        }
        this.trimFromExperts = trimFromExperts;
        this.quorumShare = quorumShare;
    }

    /** How many totals a panel of {@code panelSize} experts needs before it has a score. */
    public int quorumOf(int panelSize) {
        int moreThanShare = quorumShare
                        .multiply(BigDecimal.valueOf(panelSize))
                        .setScale(0, RoundingMode.FLOOR)
                        .intValueExact()
                + 1;
        return Math.max(1, Math.min(moreThanShare, panelSize));
    }

    /** Empty below the quorum of a panel of {@code panelSize} experts. Two decimals, half up. */
    public Optional<BigDecimal> panelScore(Collection<BigDecimal> totals, int panelSize) {
        if (totals.size() < quorumOf(panelSize)) {
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
