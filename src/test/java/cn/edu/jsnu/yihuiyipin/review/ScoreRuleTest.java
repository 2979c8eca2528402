package cn.edu.jsnu.yihuiyipin.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ScoreRuleTest {

    /** The parameters application.yaml ships with: trim from five, more than half must score. */
    private final ScoreRule rule = new ScoreRule(5, new BigDecimal("0.5"));

    static Stream<Arguments> panels() {
        return Stream.of(
                Arguments.of("a panel of one needs its one expert", "1", "88", "88.00"),
                Arguments.of("a panel of two needs both, plain mean", "2", "80 91", "85.50"),
                Arguments.of("four experts, nothing dropped", "4", "60 70 80 100", "77.50"),
                Arguments.of("five experts drop highest and lowest", "5", "10 80 82 84 100", "82.00"),
                Arguments.of("six experts drop one of each", "6", "50 70 70 80 90 99", "77.50"),
                Arguments.of("ties at the extremes drop only one each", "5", "90 90 90 60 60", "80.00"),
                Arguments.of("thirds round half up", "3", "80 80 81", "80.33"),
                Arguments.of("decimal totals", "2", "85.5 90.25", "87.88"),
                Arguments.of("four of a panel of seven are more than half", "7", "70 80 90 100", "85.00"),
                Arguments.of("two of three are more than half", "3", "70 90", "80.00"),
                Arguments.of("a panel of two needs both", "2", "70 90", "80.00"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("panels")
    void panelScore(String description, String panelSize, String totals, String expected) {
        List<BigDecimal> values =
                Arrays.stream(totals.split(" ")).map(BigDecimal::new).toList();
        assertThat(rule.panelScore(values, Integer.parseInt(panelSize))).contains(new BigDecimal(expected));
    }

    /** totals given, panel size: below the quorum there is no score. */
    static Stream<Arguments> belowQuorum() {
        return Stream.of(
                Arguments.of("no expert scored", "", 5),
                Arguments.of("one of five experts", "100", 5),
                Arguments.of("two of five experts", "90 95", 5),
                Arguments.of("one of a panel of two", "90", 2),
                Arguments.of("one of three", "90", 3),
                Arguments.of("three of seven", "90 90 90", 7));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("belowQuorum")
    void noScoreBelowTheQuorum(String description, String totals, int panelSize) {
        List<BigDecimal> values = totals.isEmpty()
                ? List.of()
                : Arrays.stream(totals.split(" ")).map(BigDecimal::new).toList();
        assertThat(rule.panelScore(values, panelSize)).isEmpty();
    }

    @Test
    void quorumIsCappedByThePanel() {
        assertThat(rule.quorumOf(1)).isEqualTo(1);
        assertThat(rule.quorumOf(2)).isEqualTo(2);
        assertThat(rule.quorumOf(3)).isEqualTo(2);
        assertThat(rule.quorumOf(4)).isEqualTo(3);
        assertThat(rule.quorumOf(5)).isEqualTo(3);
        assertThat(rule.quorumOf(0)).isEqualTo(1);
        assertThat(new ScoreRule(5, BigDecimal.ZERO).quorumOf(5))
                .as("share 0: one expert is enough")
                .isEqualTo(1);
    }

    @Test
    void trimmingNeedsAtLeastThree() {
        assertThatThrownBy(() -> new ScoreRule(2, new BigDecimal("0.5"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ScoreRule(5, BigDecimal.ONE)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void largerThresholdKeepsExtremes() {
        assertThat(new ScoreRule(7, new BigDecimal("0.5"))
                        .panelScore(
                                Stream.of("10", "80", "82", "84", "100")
                                        .map(BigDecimal::new)
                                        .toList(),
                                5))
                .contains(new BigDecimal("71.20"));
    }
}
