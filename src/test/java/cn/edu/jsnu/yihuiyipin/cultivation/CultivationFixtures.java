package cn.edu.jsnu.yihuiyipin.cultivation;

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

/**
 * Rounds and projects for the cultivation and award tests; the year comes from
 * {@code ProcessScenarioTest.unusedYear()} so no two tests share a round.
 */
public final class CultivationFixtures {

    public static final String WXY_UNION = "wxy-gh";

    private final BrandRoundRepository rounds;
    private final BrandProjectRepository projects;
    private final GrassrootsUnitRepository units;

    public CultivationFixtures(
            BrandRoundRepository rounds, BrandProjectRepository projects, GrassrootsUnitRepository units) {
        this.rounds = rounds;
        this.projects = projects;
        this.units = units;
    }

    /** Fixed dates whatever the year: tests fire the timers through the job API, never by their due date. */
    public BrandRound newRound(int year) {
        LocalDateTime march = LocalDateTime.of(2030, 3, 31, 17, 0);
        RoundSchedule schedule = new RoundSchedule(
                march,
                march.plusDays(1),
                march.plusDays(30),
                LocalDateTime.of(2031, 1, 5, 8, 0),
                LocalDateTime.of(2031, 1, 20, 17, 0));
        return rounds.save(new BrandRound(year, new BigDecimal("200000.00"), schedule));
    }

    /** A project as brand-round hands it over: published, with approved funding. */
    public BrandProject publishedProject(BrandRound round, String unitCode, String name) {
        GrassrootsUnit unit = units.findByCode(unitCode).orElseThrow();
        BrandProject project = new BrandProject(round, unit, ProjectStatus.PUBLISHED);
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
        project.setSubmittedAt(LocalDateTime.of(2030, 3, 20, 10, 0));
        return projects.save(project);
    }

    public static String businessKey(BrandRound round, String unitCode) {
        return round.getYear() + "/" + unitCode;
    }
}
