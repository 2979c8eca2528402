package cn.edu.jsnu.yihuiyipin.system;

import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.Elements.*;
import static cn.edu.jsnu.yihuiyipin.process.BrandCultivationProcess.Elements.*;
import static cn.edu.jsnu.yihuiyipin.process.BrandRoundProcess.Elements.*;

import cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess;
import cn.edu.jsnu.yihuiyipin.process.BrandCultivationProcess;
import cn.edu.jsnu.yihuiyipin.process.BrandRoundProcess;
import cn.edu.jsnu.yihuiyipin.process.BusinessKey;
import cn.edu.jsnu.yihuiyipin.process.SharedVariables;
import cn.edu.jsnu.yihuiyipin.project.BrandProject;
import cn.edu.jsnu.yihuiyipin.project.BrandProjectRepository;
import cn.edu.jsnu.yihuiyipin.project.BrandRound;
import cn.edu.jsnu.yihuiyipin.project.BrandRoundRepository;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatus;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatusService;
import cn.edu.jsnu.yihuiyipin.project.RoundSchedule;
import cn.edu.jsnu.yihuiyipin.support.ApplicationSteps;
import cn.edu.jsnu.yihuiyipin.support.TestRounds;
import cn.edu.jsnu.yihuiyipin.unit.GrassrootsUnitRepository;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.test.context.TestComponent;

/**
 * Open tasks of every form, each in a process instance of its own, driven there through the Java API as
 * the unit, the office and the experts would, and claimed by (or assigned to) the user who would fill
 * it: what {@link ForgedFormValuesTest} sends its forged values to. A task is reached once and reused,
 * since a refused completion leaves it as it was.
 */
@TestComponent
class LiveFormTasks {

    static final String UNIT = "forge-unit";
    static final String UNION_OFFICE = "forge-gh-office";
    static final String WOMEN_OFFICE = "forge-fl-office";
    static final String EXPERT = "forge-expert";
    static final String UNION_UNIT_CODE = "wxy-gh";
    static final String WOMEN_UNIT_CODE = "wgy-fw";

    /** Years of the rounds these tests make: apart from the other tests' ranges (3000–9000). */
    private static final AtomicInteger NEXT_YEAR =
            new AtomicInteger(9100 + ThreadLocalRandom.current().nextInt(700));

    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final ManagementService managementService;
    private final IdentityService identityService;
    private final AuthorizationService authorizationService;
    private final BrandRoundRepository rounds;
    private final BrandProjectRepository projects;
    private final ProjectStatusService statusService;
    private final TestRounds fixtures;
    private final Map<String, Supplier<Task>> reach = new HashMap<>();
    private final Map<String, String> taskIds = new ConcurrentHashMap<>();

    LiveFormTasks(
            RuntimeService runtimeService,
            TaskService taskService,
            ManagementService managementService,
            IdentityService identityService,
            AuthorizationService authorizationService,
            BrandRoundRepository rounds,
            BrandProjectRepository projects,
            GrassrootsUnitRepository units,
            ProjectStatusService statusService) {
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.managementService = managementService;
        this.identityService = identityService;
        this.authorizationService = authorizationService;
        this.rounds = rounds;
        this.projects = projects;
        this.statusService = statusService;
        this.fixtures = new TestRounds(rounds, projects, units);

        reach.put(TASK_FILL_APPLICATION, () -> claimed(atFill(UNION_UNIT_CODE), TASK_FILL_APPLICATION, UNIT));
        reach.put(
                TASK_WITHDRAW_APPLICATION,
                () -> claimed(atFormalCheck(UNION_UNIT_CODE), TASK_WITHDRAW_APPLICATION, UNIT));
        reach.put(
                TASK_FORMAL_CHECK_UNION,
                () -> claimed(atFormalCheck(UNION_UNIT_CODE), TASK_FORMAL_CHECK_UNION, UNION_OFFICE));
        reach.put(
                TASK_FORMAL_CHECK_WOMEN,
                () -> claimed(atFormalCheck(WOMEN_UNIT_CODE), TASK_FORMAL_CHECK_WOMEN, WOMEN_OFFICE));
        reach.put(TASK_EXPERT_REVIEW, () -> assigned(atExpertReview(), TASK_EXPERT_REVIEW));
        reach.put(TASK_DECIDE_APPROVAL, () -> claimed(atDecision(), TASK_DECIDE_APPROVAL, UNION_OFFICE));
        reach.put(TASK_ADJUST_PLAN, () -> claimed(atAdjustment(), TASK_ADJUST_PLAN, UNIT));
        reach.put(TASK_CONFIRM_ADJUSTMENT, () -> claimed(atConfirmAdjustment(), TASK_CONFIRM_ADJUSTMENT, UNION_OFFICE));
        reach.put(
                TASK_CONFIRM_APPROVED_LIST,
                () -> claimed(atApprovedListConfirmation(), TASK_CONFIRM_APPROVED_LIST, UNION_OFFICE));
        reach.put(TASK_CONFIRM_AWARDS, () -> claimed(atAwardConfirmation(), TASK_CONFIRM_AWARDS, UNION_OFFICE));
        reach.put(TASK_WITHDRAW_PROJECT, () -> claimed(cultivation(), TASK_WITHDRAW_PROJECT, UNION_OFFICE));
        reach.put(TASK_SUBMIT_PROGRESS_REPORT, () -> claimed(atProgressReport(), TASK_SUBMIT_PROGRESS_REPORT, UNIT));
        reach.put(TASK_GUIDE_PROJECT, () -> claimed(atGuidance(), TASK_GUIDE_PROJECT, UNION_OFFICE));
        reach.put(TASK_SUBMIT_SUMMARY, () -> claimed(atSummary(), TASK_SUBMIT_SUMMARY, UNIT));
        reach.put(TASK_ACCEPTANCE_REVIEW, () -> assigned(atAcceptanceReview(), TASK_ACCEPTANCE_REVIEW));
    }

    static String password(String userId) {
        return "pw-" + userId;
    }

    /** The open task of {@code elementId}, reached once. */
    Task task(String elementId) {
        people();
        String id = taskIds.computeIfAbsent(elementId, key -> freshTask(key).getId());
        return taskService.createTaskQuery().taskId(id).singleResult();
    }

    /** A new open task of {@code elementId}, for a test that completes it. */
    Task freshTask(String elementId) {
        people();
        Supplier<Task> way = reach.get(elementId);
        if (way == null) {
            throw new AssertionError("no way to reach " + elementId + ": add one to LiveFormTasks");
        }
        return way.get();
    }

    // ---- people

    private boolean peopleReady;

    private synchronized void people() {
        if (peopleReady) {
            return;
        }
        user(UNIT, "unit-" + UNION_UNIT_CODE);
        user(UNION_OFFICE, "union-office");
        user(WOMEN_OFFICE, "women-office");
        user(EXPERT, "experts-union");
        peopleReady = true;
    }

    private void user(String userId, String group) {
        if (identityService.createUserQuery().userId(userId).count() == 0) {
            User user = identityService.newUser(userId);
            user.setFirstName(userId);
            user.setLastName("测试");
            user.setPassword(password(userId));
            identityService.saveUser(user);
        }
        if (identityService
                        .createUserQuery()
                        .userId(userId)
                        .memberOfGroup(group)
                        .count()
                == 0) {
            identityService.createMembership(userId, group);
        }
        // the process-coverage listener of the test contexts reads the definitions as the completing user
        for (String key : List.of(BrandApplicationProcess.KEY, BrandCultivationProcess.KEY, BrandRoundProcess.KEY)) {
            Authorization grant = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            grant.setUserId(userId);
            grant.setResource(Resources.PROCESS_DEFINITION);
            grant.setResourceId(key);
            grant.addPermission(Permissions.READ);
            authorizationService.saveAuthorization(grant);
        }
    }

    private Task claimed(ProcessInstance pi, String taskKey, String userId) {
        Task task = open(pi, taskKey);
        taskService.claim(task.getId(), userId);
        return taskService.createTaskQuery().taskId(task.getId()).singleResult();
    }

    private Task assigned(ProcessInstance pi, String taskKey) {
        return taskService
                .createTaskQuery()
                .processInstanceId(pi.getId())
                .taskDefinitionKey(taskKey)
                .taskAssignee(EXPERT)
                .singleResult();
    }

    private Task open(ProcessInstance pi, String taskKey) {
        List<Task> tasks = taskService
                .createTaskQuery()
                .processInstanceId(pi.getId())
                .taskDefinitionKey(taskKey)
                .list();
        if (tasks.isEmpty()) {
            throw new AssertionError(pi.getProcessDefinitionId() + " is not waiting at " + taskKey);
        }
        return tasks.get(0);
    }

    private void complete(ProcessInstance pi, String taskKey, Map<String, Object> variables) {
        taskService.complete(open(pi, taskKey).getId(), variables);
    }

    private void runJobs(ProcessInstance pi, String activityId) {
        List<Job> jobs = managementService
                .createJobQuery()
                .processInstanceId(pi.getId())
                .activityId(activityId)
                .list();
        if (jobs.isEmpty()) {
            throw new AssertionError("no job at " + activityId);
        }
        jobs.forEach(job -> managementService.executeJob(job.getId()));
    }

    private void runAsyncContinuations(ProcessInstance pi) {
        List<Job> jobs;
        while (!(jobs = managementService
                        .createJobQuery()
                        .processInstanceId(pi.getId())
                        .messages()
                        .list())
                .isEmpty()) {
            jobs.forEach(job -> managementService.executeJob(job.getId()));
        }
    }

    // ---- rounds

    /** A round year in the start form's range that no round has, with its dates ahead. */
    int unusedRoundYear() {
        int year = LocalDate.now().getYear() + 2 + ThreadLocalRandom.current().nextInt(60);
        while (rounds.existsByYear(year) || year > 2100) {
            year = year >= 2100 ? LocalDate.now().getYear() + 2 : year + 1;
        }
        return year;
    }

    /** A round year in the start form's range whose dates have passed. */
    int unusedPastRoundYear() {
        for (int year = 2020; year < LocalDate.now().getYear(); year++) {
            if (!rounds.existsByYear(year)) {
                return year;
            }
        }
        throw new AssertionError("every past year of the start form's range has a round");
    }

    static BrandRound roundOf(int year) {
        return new BrandRound(
                year,
                new BigDecimal("100000"),
                new RoundSchedule(
                        LocalDateTime.of(year, 3, 31, 23, 59, 59),
                        LocalDateTime.of(year, 4, 1, 8, 0),
                        LocalDateTime.of(year, 4, 30, 23, 59, 59),
                        LocalDateTime.of(year + 1, 1, 5, 8, 0),
                        LocalDateTime.of(year + 1, 1, 31, 23, 59, 59)));
    }

    private BrandRound newRound() {
        int year = NEXT_YEAR.getAndIncrement();
        while (rounds.existsByYear(year)) {
            year = NEXT_YEAR.getAndIncrement();
        }
        return rounds.save(roundOf(year));
    }

    // ---- brand-application

    private ProcessInstance atFill(String unitCode) {
        BrandRound round = newRound();
        return runtimeService.startProcessInstanceByKey(
                BrandApplicationProcess.KEY,
                BusinessKey.ofUnit(round.getYear(), unitCode).toString(),
                Map.of(SharedVariables.ROUND_ID.name(), round.getId(), SharedVariables.UNIT_CODE.name(), unitCode));
    }

    private ProcessInstance atFormalCheck(String unitCode) {
        ProcessInstance pi = atFill(unitCode);
        complete(pi, TASK_FILL_APPLICATION, ApplicationSteps.application("教工读书会", "CULTURE", 12000));
        return pi;
    }

    private ProcessInstance atExpertReview() {
        ProcessInstance pi = atFormalCheck(UNION_UNIT_CODE);
        complete(pi, TASK_FORMAL_CHECK_UNION, Map.of("formalCheckResult", "PASS"));
        runJobs(pi, TIMER_REVIEW_PERIOD_OPENS);
        // 分配评审专家 runs in a job of its own
        runAsyncContinuations(pi);
        return pi;
    }

    private ProcessInstance atDecision() {
        ProcessInstance pi = atExpertReview();
        for (Task review : taskService
                .createTaskQuery()
                .processInstanceId(pi.getId())
                .taskDefinitionKey(TASK_EXPERT_REVIEW)
                .list()) {
            Map<String, Object> scores = new HashMap<>();
            for (String criterion : List.of(
                    "scorePolitical",
                    "scoreInnovation",
                    "scoreParticipation",
                    "scoreSustainability",
                    "scoreFeasibility")) {
                scores.put(criterion, 17);
            }
            scores.put("reviewOpinion", "方案可行");
            taskService.complete(review.getId(), scores);
        }
        runAsyncContinuations(pi);
        return pi;
    }

    private ProcessInstance atAdjustment() {
        ProcessInstance pi = atDecision();
        complete(pi, TASK_DECIDE_APPROVAL, Map.of("decision", "APPROVE_AFTER_ADJUSTMENT", "decisionOpinion", "请压缩经费"));
        return pi;
    }

    private ProcessInstance atConfirmAdjustment() {
        ProcessInstance pi = atAdjustment();
        Map<String, Object> adjusted = ApplicationSteps.application("教工读书会", "CULTURE", 9000);
        complete(pi, TASK_ADJUST_PLAN, adjusted);
        return pi;
    }

    // ---- brand-round

    /** brand-round as 核定建设经费 leaves it, with one approved union project: at the union's 立项公示审定. */
    private ProcessInstance atApprovedListConfirmation() {
        BrandRound round = newRound();
        fixtures.approvedProject(round, UNION_UNIT_CODE, "书香文苑读书会");
        ProcessInstance pi = roundStartingBefore(round, SUBPROCESS_CONFIRM_APPROVED_LIST + "#multiInstanceBody");
        runAsyncContinuations(pi);
        return pi;
    }

    /** brand-round before 评选表彰, with one union project that passed its acceptance. */
    private ProcessInstance atAwardConfirmation() {
        BrandRound round = newRound();
        BrandProject project = fixtures.publishedProject(round, UNION_UNIT_CODE, "书香文苑读书会");
        project.setAcceptanceScore(new BigDecimal("88.00"));
        statusService.changeStatus(project, ProjectStatus.PASSED, "测试：验收通过");
        ProcessInstance pi = roundStartingBefore(round, TASK_RANK_AWARDS);
        // 评选表彰 runs in a job of its own (asyncBefore)
        runAsyncContinuations(pi);
        return pi;
    }

    private ProcessInstance roundStartingBefore(BrandRound round, String activityId) {
        return runtimeService
                .createProcessInstanceByKey(BrandRoundProcess.KEY)
                .businessKey(BusinessKey.ofRound(round.getYear()).toString())
                .setVariable(SharedVariables.ROUND_ID.name(), round.getId())
                .setVariable(SharedVariables.ROUND_YEAR.name(), round.getYear())
                .setVariable(BrandRoundProcess.Vars.FUNDING_POOL.name(), "100000.00")
                .setVariable(
                        SharedVariables.ACCEPTANCE_START.name(),
                        ProcessDates.toDate(round.getSchedule().acceptanceStart()))
                .startBeforeActivity(activityId)
                .execute();
    }

    // ---- brand-cultivation

    private ProcessInstance cultivation() {
        BrandRound round = fixtures.newRound();
        BrandProject project = fixtures.publishedProject(round, UNION_UNIT_CODE, "书香文苑读书会");
        return runtimeService.startProcessInstanceByKey(
                BrandCultivationProcess.KEY,
                BusinessKey.ofUnit(round.getYear(), UNION_UNIT_CODE).toString(),
                Map.of(SharedVariables.PROJECT_ID.name(), project.getId()));
    }

    private ProcessInstance atProgressReport() {
        ProcessInstance pi = cultivation();
        runJobs(pi, START_PROGRESS_REPORT_DUE);
        return pi;
    }

    private ProcessInstance atGuidance() {
        ProcessInstance pi = atProgressReport();
        complete(pi, TASK_SUBMIT_PROGRESS_REPORT, Map.of("activities", "读书沙龙", "participants", 30));
        return pi;
    }

    private ProcessInstance atSummary() {
        ProcessInstance pi = cultivation();
        runJobs(pi, TIMER_ACCEPTANCE_DATE);
        return pi;
    }

    private ProcessInstance atAcceptanceReview() {
        ProcessInstance pi = atSummary();
        complete(
                pi,
                TASK_SUBMIT_SUMMARY,
                Map.of("implementation", "全年开展读书沙龙四次", "results", "形成品牌", "fundingUsed", "7650.50"));
        runJobs(pi, TASK_ASSIGN_EXPERTS);
        return pi;
    }
}
