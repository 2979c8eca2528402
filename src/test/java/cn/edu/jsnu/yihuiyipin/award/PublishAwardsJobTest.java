package cn.edu.jsnu.yihuiyipin.award;

import static cn.edu.jsnu.yihuiyipin.process.BrandRoundProcess.Elements.*;
import static cn.edu.jsnu.yihuiyipin.process.SharedVariables.*;
import static org.assertj.core.api.Assertions.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import cn.edu.jsnu.yihuiyipin.notices.Notice;
import cn.edu.jsnu.yihuiyipin.notices.NoticeKind;
import cn.edu.jsnu.yihuiyipin.notices.NoticeRepository;
import cn.edu.jsnu.yihuiyipin.project.ApplicationContent;
import cn.edu.jsnu.yihuiyipin.project.BrandProject;
import cn.edu.jsnu.yihuiyipin.project.BrandRound;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatus;
import cn.edu.jsnu.yihuiyipin.project.RoundStatus;
import cn.edu.jsnu.yihuiyipin.support.ProcessScenarioTest;
import cn.edu.jsnu.yihuiyipin.support.TestRounds;
import cn.edu.jsnu.yihuiyipin.unit.Channel;
import cn.edu.jsnu.yihuiyipin.unit.GrassrootsUnit;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.FlushEntityEventListener;
import org.hibernate.event.spi.PreInsertEventListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * 发布表彰结果 with more than a handful of projects: its work per project must not grow with the round
 * (docs/benchmark.md, finding 8), and a publishing job that fails leaves nothing behind, so its retry
 * doubles no status row and no notice. The projects' units are this test's own (inactive, so no round
 * of another test calls them), each with one member who gets the unit's result notice.
 */
class PublishAwardsJobTest extends ProcessScenarioTest {

    // added once to the context's shared session factory; they count or fail only while a test asks them to
    private static final AtomicBoolean COUNTING = new AtomicBoolean();
    private static final AtomicLong DIRTY_CHECKS = new AtomicLong();
    private static final AtomicBoolean FAIL_THE_COMMIT = new AtomicBoolean();
    private static volatile boolean listenersAdded;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    NoticeRepository notices;

    @BeforeEach
    void addListeners() {
        synchronized (PublishAwardsJobTest.class) {
            if (listenersAdded) {
                return;
            }
            EventListenerRegistry registry = entityManagerFactory
                    .unwrap(SessionFactoryImplementor.class)
                    .getServiceRegistry()
                    .getService(EventListenerRegistry.class);
            // Hibernate fires FLUSH_ENTITY once per entity of the persistence context it dirty-checks in a flush
            registry.appendListeners(EventType.FLUSH_ENTITY, (FlushEntityEventListener) event -> {
                if (COUNTING.get()) {
                    DIRTY_CHECKS.incrementAndGet();
                }
            });
            // the round's closing row is the delegate's last write: from there the commit is made to fail,
            // after the result notices (written just before commit) and the engine's flush
            registry.appendListeners(EventType.PRE_INSERT, (PreInsertEventListener) event -> {
                if (event.getEntity().getClass().getSimpleName().equals("RoundStatusChange")
                        && FAIL_THE_COMMIT.getAndSet(false)) {
                    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                        @Override
                        public void beforeCommit(boolean readOnly) {
                            throw new IllegalStateException("the database went away");
                        }
                    });
                }
                return false;
            });
            listenersAdded = true;
        }
    }

    /** {@code size} units of this test with a passed project each, every other one a women's committee. */
    private List<BrandProject> passedProjects(BrandRound round, int size, boolean withTier) {
        List<BrandProject> passed = new ArrayList<>();
        for (int i = 1; i <= size; i++) {
            String code = "pa" + round.getYear() + "-" + i;
            Group group = identityService.newGroup("unit-" + code);
            group.setName("表彰测试单位" + i);
            group.setType("unit");
            identityService.saveGroup(group);
            User member = identityService.newUser(member(code));
            member.setLastName("成员" + i);
            identityService.saveUser(member);
            identityService.createMembership(member.getId(), group.getId());
            GrassrootsUnit unit =
                    new GrassrootsUnit(code, "表彰测试单位" + i, i % 2 == 0 ? Channel.WOMEN : Channel.UNION, group.getId());
            unit.setActive(false);
            unit = units.save(unit);
            BrandProject project = new BrandProject(round, unit, ProjectStatus.PASSED);
            project.applyContent(
                    new ApplicationContent(null, "表彰测试项目" + i, null, null, null, null, null, null, null, false, null));
            project.setAcceptanceScore(new BigDecimal(100 - i));
            project.setAcceptancePassed(true);
            if (withTier) {
                project.recordAward("EXCELLENT", new BigDecimal("1000"), null);
            }
            passed.add(projects.save(project));
        }
        return passed;
    }

    private static String member(String unitCode) {
        return "pa-" + unitCode;
    }

    private List<Notice> resultNotices(BrandProject project) {
        return notices
                .findByRecipientOrderByCreatedAtDescIdDesc(
                        member(project.getUnit().getCode()))
                .stream()
                .filter(n -> n.getKind() == NoticeKind.RESULT)
                .toList();
    }

    private long awardedRows(BrandProject project) {
        return statusHistory.findByProjectIdOrderById(project.getId()).stream()
                .filter(change -> change.getStatus() == ProjectStatus.AWARDED)
                .count();
    }

    /** Publishes a round of {@code size} passed projects, each with a tier; returns the dirty checks it took. */
    private long publish(int size) {
        BrandRound round = testRounds.newRound();
        List<BrandProject> passed = passedProjects(round, size, true);
        DIRTY_CHECKS.set(0);
        COUNTING.set(true);
        try {
            ProcessInstance pi = TestRounds.startRoundBefore(runtimeService, round, TASK_PUBLISH_AWARDS);
            assertThat(pi).isEnded();
        } finally {
            COUNTING.set(false);
        }
        assertThat(passed).allSatisfy(project -> {
            assertThat(projects.findById(project.getId()).orElseThrow().getStatus())
                    .isEqualTo(ProjectStatus.AWARDED);
            assertThat(awardedRows(project)).isEqualTo(1);
            assertThat(resultNotices(project))
                    .singleElement()
                    .satisfies(n -> assertThat(n.getSubject()).isEqualTo("表彰结果：优秀奖（" + project.getName() + "）"));
        });
        assertThat(rounds.findById(round.getId()).orElseThrow().getStatus()).isEqualTo(RoundStatus.CLOSED);
        return DIRTY_CHECKS.get();
    }

    @Test
    void publishingDirtyChecksEachEntityAboutOnce_howeverManyProjectsTheRoundHas() {
        long small = publish(10);
        long large = publish(40);

        // before: an auto-flush before each result notice's two queries dirty-checked the whole persistence
        // context, which holds every project, status row and notice of the job: 772 checks at 10, 11,000 at 40
        assertThat(large / 40.0)
                .as("dirty checks per project at 40 projects (%d) against 10 (%d)", large, small)
                .isLessThan(1.5 * small / 10.0)
                .isLessThan(10);
    }

    @Test
    void aPublishingJobThatFailsLeavesNothing_andItsRetryDoublesNothing() {
        BrandRound round = testRounds.newRound();
        List<BrandProject> passed = passedProjects(round, 4, false);
        ProcessInstance pi = TestRounds.startRoundBefore(runtimeService, round, TASK_RANK_AWARDS);
        executeAsyncContinuationsUntilNone(pi.getId());
        for (String office : List.of("union-office", "women-office")) {
            taskService.complete(
                    taskService
                            .createTaskQuery()
                            .processInstanceId(pi.getId())
                            .taskDefinitionKey(TASK_CONFIRM_AWARDS)
                            .taskCandidateGroup(office)
                            .singleResult()
                            .getId(),
                    Map.of());
        }
        // the first channel's continuation only ends its instance; the last one's publishes
        List<Job> continuations = managementService
                .createJobQuery()
                .processInstanceId(pi.getId())
                .messages()
                .list();
        assertThat(continuations).hasSize(2);
        managementService.executeJob(continuations.get(0).getId());
        Job publishing = managementService
                .createJobQuery()
                .processInstanceId(pi.getId())
                .messages()
                .singleResult();

        FAIL_THE_COMMIT.set(true);
        assertThatThrownBy(() -> managementService.executeJob(publishing.getId()))
                .hasStackTraceContaining("the database went away");
        assertThat(FAIL_THE_COMMIT).as("the failure was injected").isFalse();

        assertThat(pi).isNotEnded();
        assertThat(managementService
                        .createJobQuery()
                        .jobId(publishing.getId())
                        .singleResult()
                        .getRetries())
                .isEqualTo(publishing.getRetries() - 1);
        assertThat(passed).allSatisfy(project -> {
            assertThat(projects.findById(project.getId()).orElseThrow().getStatus())
                    .isEqualTo(ProjectStatus.PASSED);
            assertThat(awardedRows(project)).isZero();
            assertThat(resultNotices(project)).isEmpty();
        });
        assertThat(rounds.findById(round.getId()).orElseThrow().getStatus()).isEqualTo(RoundStatus.AWARDING);

        managementService.executeJob(publishing.getId());

        assertThat(pi).isEnded().hasPassed(TASK_PUBLISH_AWARDS, END_ROUND_CLOSED);
        assertThat(passed).allSatisfy(project -> {
            BrandProject awarded = projects.findById(project.getId()).orElseThrow();
            assertThat(awarded.getAwardTier()).isNotNull();
            assertThat(awarded.getStatus()).isEqualTo(ProjectStatus.AWARDED);
            assertThat(awardedRows(project)).isEqualTo(1);
            assertThat(resultNotices(project))
                    .singleElement()
                    .satisfies(n -> assertThat(n.getSubject()).startsWith("表彰结果："));
        });
        assertThat(rounds.findById(round.getId()).orElseThrow().getStatus()).isEqualTo(RoundStatus.CLOSED);
    }
}
