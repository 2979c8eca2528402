package cn.edu.jsnu.yihuiyipin.people;

import static cn.edu.jsnu.yihuiyipin.process.SharedVariables.PROJECT_ID;
import static cn.edu.jsnu.yihuiyipin.process.SharedVariables.ROUND_ID;
import static cn.edu.jsnu.yihuiyipin.process.SharedVariables.UNIT_GROUP;
import static org.assertj.core.api.Assertions.assertThat;

import cn.edu.jsnu.yihuiyipin.process.BusinessKey;
import cn.edu.jsnu.yihuiyipin.process.ProcessVariable;
import cn.edu.jsnu.yihuiyipin.project.BrandProject;
import cn.edu.jsnu.yihuiyipin.project.BrandRound;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatus;
import cn.edu.jsnu.yihuiyipin.support.ProcessScenarioTest;
import cn.edu.jsnu.yihuiyipin.unit.GrassrootsUnit;
import jakarta.persistence.EntityManagerFactory;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The guard's three look-ups (round by year, unit by code, project by round and unit) once per transaction:
 * counted with Hibernate's statistics, switched on for these tests only.
 */
class ProtectedVariablesLookupsTest extends ProcessScenarioTest {

    private static final String UNIT = "wxy-gh";

    @Autowired
    ProtectedVariables guard;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    private Statistics statistics;
    private boolean statisticsWereOn;
    private BrandRound round;
    private BusinessKey key;

    @BeforeEach
    void countQueries() {
        statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statisticsWereOn = statistics.isStatisticsEnabled();
        statistics.setStatisticsEnabled(true);
        round = testRounds.newRound();
        key = BusinessKey.ofUnit(round.getYear(), UNIT);
    }

    @AfterEach
    void stopCounting() {
        statistics.setStatisticsEnabled(statisticsWereOn);
    }

    private <T> T inOneTransaction(java.util.function.Supplier<T> work) {
        return new TransactionTemplate(transactionManager).execute(status -> work.get());
    }

    private long guardQueries() {
        return statistics
                        .getQueryStatistics("select r from BrandRound r where r.year = :year")
                        .getExecutionCount()
                + statistics
                        .getQueryStatistics("select u from GrassrootsUnit u where u.code = :code")
                        .getExecutionCount()
                + statistics
                        .getQueryStatistics(
                                "select p from BrandProject p where p.round.id = :roundId and p.unit.id = :unitId")
                        .getExecutionCount();
    }

    @Test
    void inOneTransactionEachValueIsLookedUpOnce() {
        BrandProject project = testRounds.approvedProject(round, UNIT, "书香文苑读书会");
        GrassrootsUnit unit = units.findByCode(UNIT).orElseThrow();
        long before = guardQueries();

        Map<ProcessVariable<?>, Object> first = inOneTransaction(() -> {
            Map<ProcessVariable<?>, Object> created = guard.expected(key);
            Map<ProcessVariable<?>, Object> completed = guard.expected(key);
            assertThat(completed).isEqualTo(created);
            return guard.expected(key);
        });

        assertThat(guardQueries() - before)
                .as("round, unit and project once each")
                .isEqualTo(3);
        assertThat(first)
                .containsEntry(ROUND_ID, round.getId())
                .containsEntry(PROJECT_ID, project.getId())
                .containsEntry(UNIT_GROUP, unit.getGroupId());

        // the next transaction looks them up again: nothing is kept beyond the one that found it
        inOneTransaction(() -> guard.expected(key));
        assertThat(guardQueries() - before).isEqualTo(6);
        // outside a transaction nothing is kept at all
        guard.expected(key);
        guard.expected(key);
        assertThat(guardQueries() - before).isEqualTo(12);
    }

    @Test
    void aProjectSavedLaterInTheSameTransactionIsFound() {
        GrassrootsUnit unit = units.findByCode(UNIT).orElseThrow();
        long before = guardQueries();

        Long[] found = inOneTransaction(() -> {
            // 填报申报表 completes before 保存申报表 has saved the project: no projectId yet
            Object beforeSaving = guard.expected(key).get(PROJECT_ID);
            BrandProject saved = projects.save(new BrandProject(round, unit, ProjectStatus.SUBMITTED));
            // 形式审查 is created after it, in the same transaction
            Object afterSaving = guard.expected(key).get(PROJECT_ID);
            Object again = guard.expected(key).get(PROJECT_ID);
            assertThat(beforeSaving).isNull();
            return new Long[] {saved.getId(), (Long) afterSaving, (Long) again};
        });

        assertThat(found[1]).as("the project saved mid-transaction").isEqualTo(found[0]);
        assertThat(found[2]).isEqualTo(found[0]);
        // round and unit once; the project asked again after "none", then kept once found
        assertThat(guardQueries() - before).isEqualTo(4);
    }
}
