package cn.edu.jsnu.yihuiyipin.notices;

import static org.assertj.core.api.Assertions.assertThat;

import cn.edu.jsnu.yihuiyipin.people.TestPeople;
import cn.edu.jsnu.yihuiyipin.project.BrandProject;
import cn.edu.jsnu.yihuiyipin.project.BrandProjectRepository;
import cn.edu.jsnu.yihuiyipin.project.BrandRound;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatus;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatusChanged;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatusService;
import cn.edu.jsnu.yihuiyipin.support.TestRounds;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A result reaches the unit whether the status changes inside a step's transaction or on its own (an
 * admin's correction, a fixture): outside a transaction the project's round and unit cannot be loaded
 * lazily, and the notice used to be lost with only a warning in the log.
 */
@SpringBootTest
class ResultNoticesTest {

    static final String UNIT = "rn-unit";

    @Autowired
    IdentityService identityService;

    @Autowired
    AuthorizationService authorizationService;

    @Autowired
    TestRounds rounds;

    @Autowired
    ProjectStatusService statusService;

    @Autowired
    NoticeRepository notices;

    @Autowired
    BrandProjectRepository projects;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    ResultNotices resultNotices;

    @BeforeEach
    void unitMember() {
        TestPeople.user(identityService, UNIT, "文学院分工会主席", "unit-wxy-gh");
    }

    @AfterEach
    void forget() {
        TestPeople.forget(identityService, authorizationService, UNIT);
    }

    @Test
    void onlyTheStatusesThatLoadTheProjectHaveAResult() {
        BrandRound round = rounds.newRound();
        BrandProject project = rounds.publishedProject(round, "wxy-gh", "读书角");

        // the listener skips the project's query for any status outside RESULTS: none of those may have a message
        for (ProjectStatus status : ProjectStatus.values()) {
            boolean hasMessage = transaction.execute(tx -> resultNotices
                    .result(
                            projects.findWithRoundAndUnit(project.getId()).orElseThrow(),
                            new ProjectStatusChanged(project.getId(), status, "说明"))
                    .isPresent());
            assertThat(hasMessage).as(status.name()).isEqualTo(ResultNotices.RESULTS.contains(status));
        }
    }

    @Test
    void acceptanceResultOutsideATransactionReachesTheUnit() {
        BrandRound round = rounds.newRound();
        BrandProject project = rounds.publishedProject(round, "wxy-gh", "经典诵读沙龙");

        statusService.changeStatus(project, ProjectStatus.PASSED, "材料齐全，成效明显");

        assertThat(resultsFor(project))
                .singleElement()
                .satisfies(notice -> assertThat(notice.getSubject()).isEqualTo("验收结果：通过（经典诵读沙龙）"));
    }

    @Test
    void rejectionInsideATransactionReachesTheUnitOnce() {
        BrandRound round = rounds.newRound();
        BrandProject project = rounds.approvedProject(round, "wxy-gh", "书香工会");

        transaction.executeWithoutResult(status -> statusService.changeStatus(project, ProjectStatus.REJECTED, "方向不符"));

        assertThat(resultsFor(project))
                .singleElement()
                .satisfies(notice -> assertThat(notice.getSubject()).isEqualTo("立项结果：不予立项（书香工会）"));
    }

    private java.util.List<Notice> resultsFor(BrandProject project) {
        return notices.findByRecipientOrderByCreatedAtDescIdDesc(UNIT).stream()
                .filter(n -> n.getKind() == NoticeKind.RESULT && project.getId().equals(n.getProjectId()))
                .toList();
    }
}
