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

    private final ScoreRule rule = new ScoreRule(5);

    static Stream<Arguments> panels() {
        return Stream.of(
                Arguments.of("one expert", "88", "88.00"),
                Arguments.of("two experts, plain mean", "80 91", "85.50"),
                Arguments.of("four experts, nothing dropped", "60 70 80 100", "77.50"),
                Arguments.of("five experts drop highest and lowest", "10 80 82 84 100", "82.00"),
                Arguments.of("six experts drop one of each", "50 70 70 80 90 99", "77.50"),
                Arguments.of("ties at the extremes drop only one each", "90 90 90 60 60", "80.00"),
                Arguments.of("thirds round half up", "80 80 81", "80.33"),
                Arguments.of("decimal totals", "85.5 90.25", "87.88"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("panels")
    void panelScore(String description, String totals, String expected) {
        List<BigDecimal> values =
                Arrays.stream(totals.split(" ")).map(BigDecimal::new).toList();
        assertThat(rule.panelScore(values)).contains(new BigDecimal(expected));
    }

    @Test
    void noTotalsNoScore() {
        assertThat(rule.panelScore(List.of())).isEmpty();
    }

    @Test
    void trimmingNeedsAtLeastThree() {
        assertThatThrownBy(() -> new ScoreRule(2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void largerThresholdKeepsExtremes() {
        assertThat(new ScoreRule(7)
                        .panelScore(Stream.of("10", "80", "82", "84", "100")
                                .map(BigDecimal::new)
                                .toList()))
                .contains(new BigDecimal("71.20"));
    }
}
