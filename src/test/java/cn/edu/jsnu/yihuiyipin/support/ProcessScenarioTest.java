package cn.edu.jsnu.yihuiyipin.support;

import cn.edu.jsnu.yihuiyipin.project.BrandProject;
import cn.edu.jsnu.yihuiyipin.project.BrandProjectRepository;
import cn.edu.jsnu.yihuiyipin.project.BrandRound;
import cn.edu.jsnu.yihuiyipin.project.BrandRoundRepository;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatusChangeRepository;
import cn.edu.jsnu.yihuiyipin.project.RoundSchedule;
import cn.edu.jsnu.yihuiyipin.review.ExpertReviewRepository;
import cn.edu.jsnu.yihuiyipin.unit.GrassrootsUnitRepository;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The one Spring context process tests share (same configuration, so Spring starts it once). The
 * database is shared too, and on CI it is MariaDB: every test makes its own round in a year nobody
 * else uses.
 */
@SpringBootTest
public abstract class ProcessScenarioTest {

    private static final AtomicInteger NEXT_YEAR =
            new AtomicInteger(3000 + ThreadLocalRandom.current().nextInt(5000));

    @Autowired
    protected ProcessEngine engine;

    @Autowired
    protected RuntimeService runtimeService;

    @Autowired
    protected TaskService taskService;

    @Autowired
    protected ManagementService managementService;

    @Autowired
    protected IdentityService identityService;

    @Autowired
    protected BrandRoundRepository rounds;

    @Autowired
    protected BrandProjectRepository projects;

    @Autowired
    protected GrassrootsUnitRepository units;

    @Autowired
    protected ExpertReviewRepository expertReviews;

    @Autowired
    protected ProjectStatusChangeRepository statusHistory;

    @BeforeEach
    void bindAssertionsToTheEngine() {
        BpmnAwareTests.init(engine);
    }

    protected static int unusedYear() {
        return NEXT_YEAR.getAndIncrement();
    }

    /** A round whose dates all lie in its (far future) year, so no timer fires unless a test fires it. */
    protected BrandRound newRound(BigDecimal fundingPool) {
        int year = unusedYear();
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

    /** Creates the users and groups if missing and makes the users members: safe to call in every test. */
    protected void members(String groupId, String... userIds) {
        if (identityService.createGroupQuery().groupId(groupId).count() == 0) {
            Group group = identityService.newGroup(groupId);
            group.setName(groupId);
            identityService.saveGroup(group);
        }
        for (String userId : userIds) {
            if (identityService.createUserQuery().userId(userId).count() == 0) {
                User user = identityService.newUser(userId);
                user.setFirstName(userId);
                user.setLastName("测试");
                user.setPassword("test-" + userId);
                identityService.saveUser(user);
            }
            if (identityService
                            .createUserQuery()
                            .userId(userId)
                            .memberOfGroup(groupId)
                            .count()
                    == 0) {
                identityService.createMembership(userId, groupId);
            }
        }
    }

    /** Runs, once each, the process instance's pending async continuations (not its timers); returns how many. */
    protected int executeAsyncContinuations(String processInstanceId) {
        List<Job> jobs = managementService
                .createJobQuery()
                .processInstanceId(processInstanceId)
                .messages()
                .list();
        for (Job job : jobs) {
            managementService.executeJob(job.getId());
        }
        return jobs.size();
    }

    /** Runs async continuations until none is left: each one may leave the next (a child's end continues its parent). */
    protected void executeAsyncContinuationsUntilNone(String processInstanceId) {
        while (executeAsyncContinuations(processInstanceId) > 0) {
            // the next round of continuations, if the last one left any
        }
    }

    protected BrandProject project(Long roundId, String unitCode) {
        return projects.findByRoundIdAndUnitId(
                        roundId, units.findByCode(unitCode).orElseThrow().getId())
                .orElseThrow();
    }

    protected List<String> statusTrail(Long projectId) {
        return statusHistory.findByProjectIdOrderById(projectId).stream()
                .map(c -> c.getStatus().name())
                .toList();
    }
}
