package cn.edu.jsnu.yihuiyipin.support;

import cn.edu.jsnu.yihuiyipin.process.BrandRoundProcess;
import cn.edu.jsnu.yihuiyipin.process.BusinessKey;
import cn.edu.jsnu.yihuiyipin.process.SharedVariables;
import cn.edu.jsnu.yihuiyipin.project.ApplicationContent;
import cn.edu.jsnu.yihuiyipin.project.BrandProject;
import cn.edu.jsnu.yihuiyipin.project.BrandProjectRepository;
import cn.edu.jsnu.yihuiyipin.project.BrandRound;
import cn.edu.jsnu.yihuiyipin.project.BrandRoundRepository;
import cn.edu.jsnu.yihuiyipin.project.ProjectCategory;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatus;
import cn.edu.jsnu.yihuiyipin.project.RoundSchedule;
import cn.edu.jsnu.yihuiyipin.unit.GrassrootsUnit;
import cn.edu.jsnu.yihuiyipin.unit.GrassrootsUnitRepository;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * The one way tests make a round and the projects in it. Every round gets a year no other test uses:
 * {@code round_year} is unique and CI's MariaDB is one database for every Spring context of the run,
 * so one counter serves the whole JVM. All dates lie in that far-future year and the next, so no
 * timer falls due unless a test fires it. Found by component scanning in every test context.
 */
@Component
public class TestRounds {

    public static final BigDecimal DEFAULT_FUNDING_POOL = new BigDecimal("200000.00");

    private static final AtomicInteger NEXT_YEAR =
            new AtomicInteger(3000 + ThreadLocalRandom.current().nextInt(5000));

    private final BrandRoundRepository rounds;
    private final BrandProjectRepository projects;
    private final GrassrootsUnitRepository units;

    public TestRounds(BrandRoundRepository rounds, BrandProjectRepository projects, GrassrootsUnitRepository units) {
        this.rounds = rounds;
        this.projects = projects;
        this.units = units;
    }

    /** The round's brand-round instance, started before {@code activityId} with the round's id and year. */
    public static ProcessInstance startRoundBefore(RuntimeService runtime, BrandRound round, String activityId) {
        return runtime.createProcessInstanceByKey(BrandRoundProcess.KEY)
                .businessKey(BusinessKey.ofRound(round.getYear()).toString())
                .setVariable(SharedVariables.ROUND_ID.name(), round.getId())
                .setVariable(SharedVariables.ROUND_YEAR.name(), round.getYear())
                .startBeforeActivity(activityId)
                .execute();
    }

    /** A year no round of this test run has, for tests that open a round through the process. */
    public static int unusedYear() {
        return NEXT_YEAR.getAndIncrement();
    }

    public BrandRound newRound() {
        return newRound(DEFAULT_FUNDING_POOL);
    }

    /** The default schedule of its year: 31 March, 1–30 April, 5–31 January of the next year. */
    public BrandRound newRound(BigDecimal fundingPool) {
        int year = unusedYear();
        // the small-heap surefire execution is a JVM of its own with its own counter, on the same MariaDB
        // database: a year another JVM already took is skipped
        while (rounds.findByYear(year).isPresent()) {
            year = unusedYear();
        }
        return rounds.save(new BrandRound(
                year,
                fundingPool,
                new RoundSchedule(
                        LocalDateTime.of(year, 3, 31, 23, 59, 59),
                        LocalDateTime.of(year, 4, 1, 8, 0),
                        LocalDateTime.of(year, 4, 30, 23, 59, 59),
                        LocalDateTime.of(year + 1, 1, 5, 8, 0),
                        LocalDateTime.of(year + 1, 1, 31, 23, 59, 59))));
    }

    /** A project as brand-round hands it to brand-cultivation: published, reviewed, with approved funding. */
    public BrandProject publishedProject(BrandRound round, String unitCode, String name) {
        return project(round, unitCode, name, ProjectStatus.PUBLISHED);
    }

    /** The same project as brand-application leaves it for 立项公示审定: approved, not yet published. */
    public BrandProject approvedProject(BrandRound round, String unitCode, String name) {
        return project(round, unitCode, name, ProjectStatus.APPROVED);
    }

    private BrandProject project(BrandRound round, String unitCode, String name, ProjectStatus status) {
        GrassrootsUnit unit = units.findByCode(unitCode).orElseThrow();
        BrandProject project = new BrandProject(round, unit, status);
        project.applyContent(new ApplicationContent(
                ProjectCategory.CULTURE,
                name,
                "王老师",
                "0516-83500000",
                "多年开展读书活动",
                "打造教职工读书品牌",
                "每季度一次读书沙龙",
                "形成读书品牌",
                new BigDecimal("10000.00"),
                false,
                null));
        project.setReviewScore(new BigDecimal("80.00"));
        project.setApprovedFunding(new BigDecimal("8000.00"));
        project.setSubmittedAt(LocalDateTime.of(round.getYear(), 3, 20, 10, 0));
        return projects.save(project);
    }
}
