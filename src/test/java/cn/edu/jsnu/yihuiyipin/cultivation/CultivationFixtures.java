package cn.edu.jsnu.yihuiyipin.cultivation;

import cn.edu.jsnu.yihuiyipin.application.ApplicationContent;
import cn.edu.jsnu.yihuiyipin.application.BrandProject;
import cn.edu.jsnu.yihuiyipin.application.BrandProjectRepository;
import cn.edu.jsnu.yihuiyipin.application.ProjectCategory;
import cn.edu.jsnu.yihuiyipin.application.ProjectStatus;
import cn.edu.jsnu.yihuiyipin.people.GrassrootsUnit;
import cn.edu.jsnu.yihuiyipin.people.GrassrootsUnitRepository;
import cn.edu.jsnu.yihuiyipin.round.BrandRound;
import cn.edu.jsnu.yihuiyipin.round.BrandRoundRepository;
import cn.edu.jsnu.yihuiyipin.round.RoundSchedule;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;

/**
 * Rounds, projects and experts for tests that share one database (one Spring context, and on CI
 * a MariaDB): every round gets a year of its own; experts and groups are created only if missing.
 */
public final class CultivationFixtures {

    /** Years nobody else uses; the dates stay before 2038 because MySQL's TIMESTAMP ends there. */
    private static final AtomicInteger YEARS = new AtomicInteger(3000 + ThreadLocalRandom.current().nextInt(5000));

    public static final List<String> UNION_EXPERTS = List.of("acc-expert-1", "acc-expert-2", "acc-expert-3",
            "acc-expert-4", "acc-expert-5");
    /** In experts-union and in the group of 文学院分工会, so recused from its projects. */
    public static final String RECUSED_EXPERT = "acc-expert-wxy";
    public static final String WXY_UNION = "wxy-gh";
    public static final String WXY_WOMEN = "wxy-fw";

    private final BrandRoundRepository rounds;
    private final BrandProjectRepository projects;
    private final GrassrootsUnitRepository units;
    private final IdentityService identityService;

    public CultivationFixtures(BrandRoundRepository rounds, BrandProjectRepository projects,
            GrassrootsUnitRepository units, IdentityService identityService) {
        this.rounds = rounds;
        this.projects = projects;
        this.units = units;
        this.identityService = identityService;
    }

    public BrandRound newRound() {
        LocalDateTime march = LocalDateTime.of(2030, 3, 31, 17, 0);
        RoundSchedule schedule = new RoundSchedule(march, march.plusDays(1), march.plusDays(30),
                LocalDateTime.of(2031, 1, 5, 8, 0), LocalDateTime.of(2031, 1, 20, 17, 0));
        return rounds.save(new BrandRound(YEARS.incrementAndGet(), new BigDecimal("200000.00"), schedule));
    }

    /** A project as brand-round hands it over: published, with approved funding. */
    public BrandProject publishedProject(BrandRound round, String unitCode, String name) {
        GrassrootsUnit unit = units.findByCode(unitCode).orElseThrow();
        BrandProject project = new BrandProject(round, unit, ProjectStatus.PUBLISHED);
        project.applyContent(new ApplicationContent(ProjectCategory.CULTURE, name, "王老师", "0516-83500000",
                "多年开展读书活动", "打造教职工读书品牌", "每季度一次读书沙龙", "形成读书品牌", new BigDecimal("10000.00"),
                false, null));
        project.setReviewScore(new BigDecimal("80.00"));
        project.setApprovedFunding(new BigDecimal("8000.00"));
        project.setSubmittedAt(LocalDateTime.of(2030, 3, 20, 10, 0));
        return projects.save(project);
    }

    public static String businessKey(BrandRound round, String unitCode) {
        return round.getYear() + "/" + unitCode;
    }

    public void ensureExperts() {
        ensureGroup("experts-union", "校工会专家库");
        ensureGroup("unit-wxy-gh", "文学院分工会");
        for (String expert : UNION_EXPERTS) {
            ensureMember(expert, "experts-union");
        }
        ensureMember(RECUSED_EXPERT, "experts-union");
        ensureMember(RECUSED_EXPERT, "unit-wxy-gh");
    }

    private void ensureGroup(String id, String name) {
        if (identityService.createGroupQuery().groupId(id).count() == 0) {
            var group = identityService.newGroup(id);
            group.setName(name);
            identityService.saveGroup(group);
        }
    }

    private void ensureMember(String userId, String groupId) {
        if (identityService.createUserQuery().userId(userId).count() == 0) {
            var user = identityService.newUser(userId);
            user.setFirstName("专家");
            user.setLastName(userId);
            user.setPassword("test-" + userId);
            identityService.saveUser(user);
        }
        if (identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
            identityService.createMembership(userId, groupId);
        }
    }
}
