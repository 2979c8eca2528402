package cn.edu.jsnu.yihuiyipin.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Proves the coverage gate ({@link ProcessCoverageCheck}) on fixture reports in the library's report.json
 * format for the fixture model in model-fixtures/valid: one test class passing only the 是 branch, and
 * two test classes passing one branch each (merged across classes, as after a real surefire run).
 */
class ProcessCoverageCheckTest {

    private static final Path FIXTURES = Path.of("src/test/resources/model-fixtures");
    private static final Path MODELS = FIXTURES.resolve("valid");
    private static final Path ONE_BRANCH = FIXTURES.resolve("coverage/one-branch");
    private static final Path BOTH_BRANCHES = FIXTURES.resolve("coverage/both-branches");

    @Test
    void untestedBranch_failsNamingEveryElementNoTestPassed() {
        ProcessCoverageCheck.Result result =
                ProcessCoverageCheck.check(ONE_BRANCH, MODELS, List.of("fixture-good"), 1.0, 1.0);

        assertThat(result.failures())
                .singleElement()
                .asString()
                .contains(
                        "fixture-good",
                        "5 of 6 flow nodes",
                        "4 of 5 sequence flows",
                        "EndEvent_NotApplied (endEvent 本年不申报)",
                        "Flow_DoesNotApply (sequenceFlow 否)")
                .doesNotContain("EndEvent_Applied (", "Flow_Applies (");
    }

    @Test
    void testClassesTogetherPassingEveryElement_pass() {
        ProcessCoverageCheck.Result result =
                ProcessCoverageCheck.check(BOTH_BRANCHES, MODELS, List.of("fixture-good"), 1.0, 1.0);

        assertThat(result.failures()).isEmpty();
        assertThat(result.checked())
                .singleElement()
                .satisfies(c -> assertThat(c.flowNodeRatio()).isEqualTo(1.0))
                .satisfies(c -> assertThat(c.uncovered()).isEmpty());
    }

    @Test
    void lowerMinimum_acceptsPartialCoverage() {
        assertThat(ProcessCoverageCheck.check(ONE_BRANCH, MODELS, List.of("fixture-good"), 0.8, 0.8)
                        .failures())
                .isEmpty();
        assertThat(ProcessCoverageCheck.check(ONE_BRANCH, MODELS, List.of("fixture-good"), 0.8, 0.9)
                        .failures())
                .hasSize(1);
    }

    @Test
    void processWhoseModelDoesNotExistYet_isSkipped() {
        ProcessCoverageCheck.Result result =
                ProcessCoverageCheck.check(BOTH_BRANCHES, MODELS, List.of("fixture-good", "brand-round"), 1.0, 1.0);

        assertThat(result.failures()).isEmpty();
        assertThat(result.skipped()).singleElement().asString().contains("brand-round", "not checked");
    }

    @Test
    void modelLeftOutOfTheList_fails() {
        assertThat(ProcessCoverageCheck.check(BOTH_BRANCHES, MODELS, List.of(), 1.0, 1.0)
                        .failures())
                .singleElement()
                .asString()
                .contains("fixture-good", "is not in process-coverage.processes");
    }

    @Test
    void noReportsAtAll_failsAndSaysSo() {
        assertThat(ProcessCoverageCheck.check(
                                FIXTURES.resolve("no-such-dir"), MODELS, List.of("fixture-good"), 1.0, 1.0)
                        .failures())
                .singleElement()
                .asString()
                .contains("0 of 6 flow nodes", "no report.json");
    }
}
