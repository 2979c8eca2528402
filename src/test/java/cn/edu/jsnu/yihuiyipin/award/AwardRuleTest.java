package cn.edu.jsnu.yihuiyipin.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.edu.jsnu.yihuiyipin.project.AwardTier;
import cn.edu.jsnu.yihuiyipin.unit.Channel;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AwardRuleTest {

    private static final LocalDateTime MARCH = LocalDateTime.of(2027, 3, 10, 9, 0);

    private static AwardSettings settings(int recommendations) {
        return new AwardSettings(
                new BigDecimal("0.10"),
                new BigDecimal("0.20"),
                new BigDecimal("0.30"),
                new BigDecimal("5000"),
                new BigDecimal("3000"),
                new BigDecimal("2000"),
                new BigDecimal("1000"),
                recommendations);
    }

    private final AwardRule rule = new AwardRule(settings(2));

    private static AwardCandidate candidate(long id, Channel channel, String acceptance, String review, int day) {
        return new AwardCandidate(
                id,
                channel,
                new BigDecimal(acceptance),
                review == null ? null : new BigDecimal(review),
                MARCH.plusDays(day));
    }

    /** n projects with distinct falling scores, alternating channels. */
    private static List<AwardCandidate> field(int n) {
        List<AwardCandidate> field = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            field.add(candidate(i + 1, i % 2 == 0 ? Channel.UNION : Channel.WOMEN, String.valueOf(99 - i), "80", 0));
        }
        return field;
    }

    static Stream<Arguments> tierCounts() {
        // counts of 一等 二等 三等 优秀
        return Stream.of(
                Arguments.of(0, "0 0 0 0"),
                Arguments.of(1, "1 0 0 0"),
                Arguments.of(2, "1 0 1 0"),
                Arguments.of(3, "1 0 1 1"),
                Arguments.of(4, "1 1 1 1"),
                Arguments.of(5, "1 1 1 2"),
                Arguments.of(7, "1 2 2 2"),
                Arguments.of(10, "1 2 3 4"),
                Arguments.of(11, "2 2 3 4"),
                Arguments.of(20, "2 4 6 8"),
                Arguments.of(23, "3 4 7 9"));
    }

    @ParameterizedTest(name = "{0} passed projects → {1}")
    @MethodSource("tierCounts")
    void tierSharesMapToCounts(int n, String expected) {
        List<AwardDecision> decisions = rule.decide(field(n));
        String counts = Arrays.stream(AwardTier.values())
                .map(tier -> String.valueOf(
                        decisions.stream().filter(d -> d.tier() == tier).count()))
                .collect(Collectors.joining(" "));
        assertThat(counts).isEqualTo(expected);
        assertThat(decisions)
                .extracting(AwardDecision::rank)
                .containsExactlyElementsOf(
                        Stream.iterate(1, r -> r + 1).limit(n).toList());
        assertThat(decisions).extracting(AwardDecision::tier).isSorted();
    }

    static Stream<Arguments> rankings() {
        return Stream.of(
                Arguments.of(
                        "acceptance score decides",
                        List.of(candidate(1, Channel.UNION, "80", "90", 0), candidate(2, Channel.UNION, "85", "70", 0)),
                        List.of(2L, 1L)),
                Arguments.of(
                        "equal acceptance: higher review score first",
                        List.of(
                                candidate(1, Channel.UNION, "85", "70", 0),
                                candidate(2, Channel.UNION, "85", "75.5", 5)),
                        List.of(2L, 1L)),
                Arguments.of(
                        "equal scores: earlier submission first",
                        List.of(candidate(1, Channel.UNION, "85", "75", 3), candidate(2, Channel.WOMEN, "85", "75", 1)),
                        List.of(2L, 1L)),
                Arguments.of(
                        "missing review score ranks after a present one",
                        List.of(candidate(1, Channel.UNION, "85", null, 0), candidate(2, Channel.UNION, "85", "60", 9)),
                        List.of(2L, 1L)),
                Arguments.of(
                        "all equal: smaller id first",
                        List.of(candidate(7, Channel.UNION, "85", "75", 1), candidate(3, Channel.UNION, "85", "75", 1)),
                        List.of(3L, 7L)),
                Arguments.of(
                        "decimal scores compare exactly",
                        List.of(
                                candidate(1, Channel.UNION, "85.10", "75", 0),
                                candidate(2, Channel.UNION, "85.1", "76", 0),
                                candidate(3, Channel.UNION, "85.11", "10", 0)),
                        List.of(3L, 2L, 1L)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rankings")
    void ranking(String description, List<AwardCandidate> candidates, List<Long> expectedOrder) {
        assertThat(rule.decide(candidates))
                .extracting(AwardDecision::projectId)
                .containsExactlyElementsOf(expectedOrder);
    }

    @Test
    void amountsFollowTheTier() {
        List<AwardDecision> decisions = rule.decide(field(10));
        assertThat(decisions)
                .allSatisfy(d -> assertThat(d.amount())
                        .isEqualByComparingTo(
                                switch (d.tier()) {
                                    case FIRST -> "5000";
                                    case SECOND -> "3000";
                                    case THIRD -> "2000";
                                    case EXCELLENT -> "1000";
                                }));
    }

    @Test
    void bestTwoOfEachChannelAreRecommended() {
        List<AwardCandidate> candidates = List.of(
                candidate(1, Channel.UNION, "95", "80", 0),
                candidate(2, Channel.UNION, "94", "80", 0),
                candidate(3, Channel.UNION, "93", "80", 0),
                candidate(4, Channel.WOMEN, "80", "80", 0),
                candidate(5, Channel.UNION, "92", "80", 0),
                candidate(6, Channel.WOMEN, "75", "80", 0),
                candidate(7, Channel.WOMEN, "74", "80", 0));
        assertThat(rule.decide(candidates))
                .filteredOn(AwardDecision::cityRecommended)
                .extracting(AwardDecision::projectId)
                .containsExactly(1L, 2L, 4L, 6L);
    }

    @Test
    void aChannelWithFewerProjectsRecommendsWhatItHas() {
        List<AwardCandidate> candidates = List.of(
                candidate(1, Channel.WOMEN, "90", "80", 0),
                candidate(2, Channel.UNION, "80", "80", 0),
                candidate(3, Channel.UNION, "70", "80", 0),
                candidate(4, Channel.UNION, "71", "80", 0));
        assertThat(rule.decide(candidates))
                .filteredOn(AwardDecision::cityRecommended)
                .extracting(AwardDecision::projectId)
                .containsExactly(1L, 2L, 4L);
    }

    @Test
    void noRecommendationsWhenSetToZero() {
        assertThat(new AwardRule(settings(0)).decide(field(6))).noneMatch(AwardDecision::cityRecommended);
    }

    @Test
    void sharesAboveOneAreRefused() {
        assertThatThrownBy(() -> new AwardSettings(
                        new BigDecimal("0.5"),
                        new BigDecimal("0.3"),
                        new BigDecimal("0.3"),
                        BigDecimal.TEN,
                        BigDecimal.TEN,
                        BigDecimal.TEN,
                        BigDecimal.TEN,
                        2))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aZeroFirstShareIsRefused() {
        assertThatThrownBy(() -> new AwardSettings(
                        BigDecimal.ZERO,
                        new BigDecimal("0.3"),
                        new BigDecimal("0.3"),
                        BigDecimal.TEN,
                        BigDecimal.TEN,
                        BigDecimal.TEN,
                        BigDecimal.TEN,
                        2))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
