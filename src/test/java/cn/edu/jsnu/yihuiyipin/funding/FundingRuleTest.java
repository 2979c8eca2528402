package cn.edu.jsnu.yihuiyipin.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FundingRuleTest {

    /** The parameters application.yaml ships with. */
    private final FundingRule rule = new FundingRule(new FundingProperties(
            List.of(
                    new FundingProperties.Band(new BigDecimal("90"), new BigDecimal("1.00")),
                    new FundingProperties.Band(new BigDecimal("80"), new BigDecimal("0.80")),
                    new FundingProperties.Band(new BigDecimal("70"), new BigDecimal("0.60"))),
            new BigDecimal("20000"),
            new BigDecimal("100")));

    /** requests as "requested@score" (score "-" = no expert scored), pool, expected funding in order. */
    static Stream<Arguments> rounds() {
        return Stream.of(
                Arguments.of(
                        "score bands take their share",
                        "10000@95 10000@85 10000@75 10000@60",
                        "100000",
                        "10000 8000 6000 0"),
                Arguments.of(
                        "band edges are inclusive",
                        "10000@90 10000@80 10000@70 10000@69.99",
                        "100000",
                        "10000 8000 6000 0"),
                Arguments.of("cap per project", "50000@95 30000@85", "100000", "20000 20000"),
                Arguments.of("rounded down to 100 yuan", "12345@95 9999@85", "100000", "12300 7900"),
                Arguments.of("proportional when the pool is short", "20000@95 10000@95", "15000", "10000 5000"),
                Arguments.of(
                        "scaling then rounding stays within the pool",
                        "10000@95 10000@95 10000@95",
                        "10000",
                        "3300 3300 3300"),
                Arguments.of("no panel score, no funding", "10000@-", "100000", "0"),
                Arguments.of("a tiny request gets what it asked, not zero", "50@95", "100000", "50"),
                Arguments.of("a share under 100 yuan gets 100 yuan", "150@75", "100000", "100"),
                Arguments.of("the floor comes out of what rounding left", "10000@95 50@95", "10000", "9900 50"),
                Arguments.of(
                        "the floor goes in order while the pool lasts", "10000@95 10000@95 150@95", "100", "100 0 0"),
                Arguments.of("empty pool funds nothing", "10000@95 8000@85", "0", "0 0"),
                Arguments.of("pool exactly enough", "10000@95 5000@95", "15000", "10000 5000"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rounds")
    void allocate(String description, String requests, String pool, String expected) {
        List<FundingRule.Request> parsed = new ArrayList<>();
        String[] items = requests.split(" ");
        for (int i = 0; i < items.length; i++) {
            String[] parts = items[i].split("@");
            parsed.add(new FundingRule.Request(
                    (long) i, new BigDecimal(parts[0]), parts[1].equals("-") ? null : new BigDecimal(parts[1])));
        }

        Map<Long, BigDecimal> funding = rule.allocate(parsed, new BigDecimal(pool));

        assertThat(funding.values())
                .containsExactlyElementsOf(Arrays.stream(expected.split(" "))
                        .map(v -> new BigDecimal(v).setScale(2))
                        .toList());
        BigDecimal total = funding.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(total).as("never above the pool").isLessThanOrEqualTo(new BigDecimal(pool));
        for (FundingRule.Request request : parsed) {
            assertThat(funding.get(request.projectId()))
                    .as("never above the request")
                    .isLessThanOrEqualTo(request.requested())
                    .isGreaterThanOrEqualTo(BigDecimal.ZERO);
        }
    }

    @Test
    void emptyRoundFundsNobody() {
        assertThat(rule.allocate(List.of(), new BigDecimal("100000"))).isEmpty();
    }

    @Test
    void amountsAreMultiplesOfTheRoundingUnit() {
        Map<Long, BigDecimal> funding = rule.allocate(
                List.of(
                        new FundingRule.Request(1L, new BigDecimal("17777"), new BigDecimal("91")),
                        new FundingRule.Request(2L, new BigDecimal("13333"), new BigDecimal("82")),
                        new FundingRule.Request(3L, new BigDecimal("19999"), new BigDecimal("71"))),
                new BigDecimal("23456"));
        assertThat(funding.values())
                .allSatisfy(amount ->
                        assertThat(amount.remainder(new BigDecimal("100"))).isEqualByComparingTo("0"));
        assertThat(funding.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                .isLessThanOrEqualTo(new BigDecimal("23456"));
    }

    @ParameterizedTest(name = "score {0}: fundable {1}")
    @org.junit.jupiter.params.provider.CsvSource({"95, true", "70, true", "69.99, false", "0, false", "'', false"})
    void onlyAFundedScoreCanBeApproved(String score, boolean fundable) {
        assertThat(rule.fundable(score.isEmpty() ? null : new BigDecimal(score)))
                .isEqualTo(fundable);
        assertThat(rule.lowestFundedScore()).isEqualByComparingTo("70");
    }
}
