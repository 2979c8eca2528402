package cn.edu.jsnu.yihuiyipin.dashboard;

import static cn.edu.jsnu.yihuiyipin.dashboard.RoundStage.APPLIED;
import static cn.edu.jsnu.yihuiyipin.dashboard.RoundStage.APPROVED;
import static cn.edu.jsnu.yihuiyipin.dashboard.RoundStage.CHECKED;
import static cn.edu.jsnu.yihuiyipin.dashboard.RoundStage.PASSED;
import static cn.edu.jsnu.yihuiyipin.dashboard.RoundStage.REVIEWED;
import static cn.edu.jsnu.yihuiyipin.dashboard.RoundStage.SUMMARIZED;
import static org.assertj.core.api.Assertions.assertThat;

import cn.edu.jsnu.yihuiyipin.project.ProjectStatus;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The funnel rule: how far a project in each status got, and the score bands. */
class RoundStageTest {

    static final Map<ProjectStatus, Set<RoundStage>> EXPECTED = Map.ofEntries(
            Map.entry(ProjectStatus.NOT_APPLYING, EnumSet.noneOf(RoundStage.class)),
            Map.entry(ProjectStatus.OVERDUE, EnumSet.noneOf(RoundStage.class)),
            Map.entry(ProjectStatus.SUBMITTED, EnumSet.of(APPLIED)),
            Map.entry(ProjectStatus.RETURNED, EnumSet.of(APPLIED)),
            Map.entry(ProjectStatus.WITHDRAWN, EnumSet.of(APPLIED)),
            Map.entry(ProjectStatus.FORMALLY_CHECKED, EnumSet.of(APPLIED, CHECKED)),
            Map.entry(ProjectStatus.UNDER_REVIEW, EnumSet.of(APPLIED, CHECKED)),
            Map.entry(ProjectStatus.REVIEWED, EnumSet.of(APPLIED, CHECKED, REVIEWED)),
            Map.entry(ProjectStatus.ADJUSTING, EnumSet.of(APPLIED, CHECKED, REVIEWED)),
            Map.entry(ProjectStatus.REJECTED, EnumSet.of(APPLIED, CHECKED, REVIEWED)),
            Map.entry(ProjectStatus.APPROVED, EnumSet.of(APPLIED, CHECKED, REVIEWED, APPROVED)),
            Map.entry(ProjectStatus.PUBLISHED, EnumSet.of(APPLIED, CHECKED, REVIEWED, APPROVED)),
            Map.entry(ProjectStatus.BUILDING, EnumSet.of(APPLIED, CHECKED, REVIEWED, APPROVED)),
            Map.entry(ProjectStatus.WITHDRAWN_BY_OFFICE, EnumSet.of(APPLIED, CHECKED, REVIEWED, APPROVED)),
            Map.entry(ProjectStatus.SUMMARY_OVERDUE, EnumSet.of(APPLIED, CHECKED, REVIEWED, APPROVED)),
            Map.entry(ProjectStatus.SUMMARY_SUBMITTED, EnumSet.of(APPLIED, CHECKED, REVIEWED, APPROVED, SUMMARIZED)),
            Map.entry(ProjectStatus.FAILED, EnumSet.of(APPLIED, CHECKED, REVIEWED, APPROVED, SUMMARIZED)),
            Map.entry(ProjectStatus.PASSED, EnumSet.of(APPLIED, CHECKED, REVIEWED, APPROVED, SUMMARIZED, PASSED)),
            Map.entry(ProjectStatus.AWARDED, EnumSet.allOf(RoundStage.class)));

    @Test
    void everyStatusReachesItsStages() {
        assertThat(EXPECTED).hasSize(ProjectStatus.values().length);
        for (ProjectStatus status : ProjectStatus.values()) {
            assertThat(RoundStage.reached(status)).as(status.name()).isEqualTo(EXPECTED.get(status));
        }
    }

    @Test
    void aStageIsReachedOnlyAfterTheOnesBeforeIt() {
        for (ProjectStatus status : ProjectStatus.values()) {
            Set<RoundStage> reached = RoundStage.reached(status);
            for (RoundStage stage : reached) {
                assertThat(reached).as(status.name()).containsAll(EnumSet.range(APPLIED, stage));
            }
        }
    }

    @Test
    void approvedStatusesAreThoseThatKeepTheirFunding() {
        assertThat(RoundStage.approvedStatuses())
                .containsExactlyInAnyOrder(
                        ProjectStatus.APPROVED,
                        ProjectStatus.PUBLISHED,
                        ProjectStatus.BUILDING,
                        ProjectStatus.WITHDRAWN_BY_OFFICE,
                        ProjectStatus.SUMMARY_OVERDUE,
                        ProjectStatus.SUMMARY_SUBMITTED,
                        ProjectStatus.FAILED,
                        ProjectStatus.PASSED,
                        ProjectStatus.AWARDED);
        assertThat(RoundStage.appliedStatuses()).doesNotContain(ProjectStatus.NOT_APPLYING, ProjectStatus.OVERDUE);
    }

    @ParameterizedTest
    @CsvSource({
        "0, BELOW_60", "59.99, BELOW_60", "60, FROM_60", "69.99, FROM_60", "70.00, FROM_70",
        "79.5, FROM_70", "80, FROM_80", "89.99, FROM_80", "90, FROM_90", "100, FROM_90"
    })
    void scoresFallIntoTheirBand(String score, ScoreBand band) {
        assertThat(ScoreBand.of(new BigDecimal(score))).isEqualTo(band);
    }
}
