package cn.edu.jsnu.yihuiyipin.support;

import cn.edu.jsnu.yihuiyipin.process.BusinessKey;
import cn.edu.jsnu.yihuiyipin.project.BrandProject;
import cn.edu.jsnu.yihuiyipin.project.BrandProjectRepository;
import cn.edu.jsnu.yihuiyipin.project.BrandRound;
import cn.edu.jsnu.yihuiyipin.project.BrandRoundRepository;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatusChangeRepository;
import cn.edu.jsnu.yihuiyipin.review.ExpertReviewRepository;
import cn.edu.jsnu.yihuiyipin.unit.GrassrootsUnitRepository;
import java.math.BigDecimal;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The one Spring context process tests share (same configuration, so Spring starts it once). The
 * database is shared too, and on CI it is MariaDB: every test makes its own round in a year nobody
 * else uses. Rounds and jobs come from the toolkit in this package ({@link TestRounds}, {@link Jobs});
 * the methods here delegate to it.
 */
@SpringBootTest
public abstract class ProcessScenarioTest {

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

    @Autowired
    protected TestRounds testRounds;

    @Autowired
    protected Jobs jobs;

    @BeforeEach
    void bindAssertionsToTheEngine() {
        BpmnAwareTests.init(engine);
    }

    protected static int unusedYear() {
        return TestRounds.unusedYear();
    }

    /** A round whose dates all lie in its (far future) year, so no timer fires unless a test fires it. */
    protected BrandRound newRound(BigDecimal fundingPool) {
        return testRounds.newRound(fundingPool);
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
        return jobs.runAsyncContinuations(processInstanceId);
    }

    /** Runs async continuations until none is left: each one may leave the next (a child's end continues its parent). */
    protected void executeAsyncContinuationsUntilNone(String processInstanceId) {
        jobs.runAsyncContinuationsUntilNone(processInstanceId);
    }

    /** The running instance of {@code processKey} that {@code parent} called for the unit in the year; null if none. */
    protected ProcessInstance calledInstance(ProcessInstance parent, String processKey, int year, String unitCode) {
        return runtimeService
                .createProcessInstanceQuery()
                .superProcessInstanceId(parent.getId())
                .processDefinitionKey(processKey)
                .processInstanceBusinessKey(BusinessKey.ofUnit(year, unitCode).toString())
                .singleResult();
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
