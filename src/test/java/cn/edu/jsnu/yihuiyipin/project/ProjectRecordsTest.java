package cn.edu.jsnu.yihuiyipin.project;

import static org.assertj.core.api.Assertions.assertThat;

import cn.edu.jsnu.yihuiyipin.support.ProcessScenarioTest;
import cn.edu.jsnu.yihuiyipin.unit.GrassrootsUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

/** 常态化建设: which of a unit's earlier projects a new application may continue. */
class ProjectRecordsTest extends ProcessScenarioTest {

    @Autowired
    ProjectRecords records;

    @Autowired
    ProjectStatusService statusService;

    @ParameterizedTest(name = "{0}")
    @EnumSource(ProjectStatus.class)
    void onlyAnApprovedProjectThatHasNotFailedIsABrandToContinue(ProjectStatus earlier) {
        BrandRound lastYear = testRounds.newRound();
        BrandProject project = testRounds.publishedProject(lastYear, "wxy-gh", "书香文苑");
        statusService.changeStatus(project, earlier, "测试");
        BrandRound thisYear = testRounds.newRound();
        GrassrootsUnit unit = units.findByCode("wxy-gh").orElseThrow();

        // other tests leave older projects of the unit behind: what counts is whether this one is offered
        boolean continuable = records.previousBrand(thisYear, unit)
                .map(brand -> brand.getId().equals(project.getId()))
                .orElse(false);

        boolean expected = switch (earlier) {
            case APPROVED, PUBLISHED, BUILDING, SUMMARY_SUBMITTED, PASSED, AWARDED -> true;
            default -> false;
        };
        assertThat(continuable).as(earlier.label()).isEqualTo(expected);
    }
}
