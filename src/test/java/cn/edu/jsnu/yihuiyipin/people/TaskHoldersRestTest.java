package cn.edu.jsnu.yihuiyipin.people;

import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.*;
import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.Elements.*;
import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.Vars.*;
import static cn.edu.jsnu.yihuiyipin.process.SharedVariables.*;
import static org.assertj.core.api.Assertions.assertThat;

import cn.edu.jsnu.yihuiyipin.process.BusinessKey;
import cn.edu.jsnu.yihuiyipin.project.BrandProject;
import cn.edu.jsnu.yihuiyipin.project.BrandProjectRepository;
import cn.edu.jsnu.yihuiyipin.project.BrandRound;
import cn.edu.jsnu.yihuiyipin.project.BrandRoundRepository;
import cn.edu.jsnu.yihuiyipin.review.ExpertReviewRepository;
import cn.edu.jsnu.yihuiyipin.review.ReviewPhase;
import cn.edu.jsnu.yihuiyipin.support.ApplicationSteps;
import cn.edu.jsnu.yihuiyipin.support.TestRounds;
import cn.edu.jsnu.yihuiyipin.unit.GrassrootsUnitRepository;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Who may hold a task, over {@code /engine-rest} as each role calls it (HTTP Basic). 文学院分工会 applies
 * in a round of its own; the union panel is {@link #EXPERT}, {@link #EXPERT_2} and {@link #EXPERT_WXY}
 * (also a member of 文学院分工会, so recused); the union office is {@link #OFFICE} and {@link #OFFICE_2}.
 *
 * <p>A refusal by the holder rule is the project's user-input exception; until the REST error mapping
 * answers it with 400 it arrives as a 500 with the sentence inside, so these tests accept either and
 * check the sentence and that nothing changed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TaskHoldersRestTest {

    static final String UNIT = "th-unit-wxy";
    static final String EXPERT = "th-expert";
    static final String EXPERT_2 = "th-expert-2";
    static final String EXPERT_WXY = "th-expert-wxy";
    static final String LATE_EXPERT = "th-expert-late";
    static final String OFFICE = "th-union-office";
    static final String OFFICE_2 = "th-union-office-2";
    static final String WOMEN_OFFICE = "th-women-office";

    @Autowired
    TestRestTemplate rest;

    @Autowired
    TestRounds testRounds;

    @Autowired
    IdentityService identityService;

    @Autowired
    AuthorizationService authorizationService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    ManagementService managementService;

    @Autowired
    BrandRoundRepository rounds;

    @Autowired
    BrandProjectRepository projects;

    @Autowired
    GrassrootsUnitRepository units;

    @Autowired
    ExpertReviewRepository expertReviews;

    @Value("${camunda.bpm.admin-user.id}")
    String adminId;

    @Value("${camunda.bpm.admin-user.password}")
    String adminPassword;

    private BrandRound round;
    private ProcessInstance application;

    @BeforeEach
    void people() {
        TestPeople.user(identityService, UNIT, "文学院分工会", "unit-wxy-gh");
        TestPeople.user(identityService, EXPERT, "校工会评审专家", Roles.EXPERTS_UNION);
        TestPeople.user(identityService, EXPERT_2, "校工会评审专家", Roles.EXPERTS_UNION);
        TestPeople.user(identityService, EXPERT_WXY, "校工会评审专家（文学院）", Roles.EXPERTS_UNION, "unit-wxy-gh");
        TestPeople.user(identityService, OFFICE, "校工会干事", Roles.UNION_OFFICE);
        TestPeople.user(identityService, OFFICE_2, "校工会干事", Roles.UNION_OFFICE);
        TestPeople.user(identityService, WOMEN_OFFICE, "校妇联干事", Roles.WOMEN_OFFICE);
        for (String worker : new String[] {UNIT, EXPERT, LATE_EXPERT, OFFICE, OFFICE_2}) {
            TestPeople.letCoverageListenerReadDefinition(authorizationService, worker, KEY);
        }
        round = testRounds.newRound();
        application = runtimeService.startProcessInstanceByKey(
                KEY,
                BusinessKey.ofUnit(round.getYear(), "wxy-gh").toString(),
                Map.of(ROUND_ID.name(), round.getId(), UNIT_CODE.name(), "wxy-gh"));
    }

    @AfterEach
    void forget() {
        // the panels are shared with the other tests of this context, which count their reviewers
        TestPeople.forget(
                identityService,
                authorizationService,
                UNIT,
                EXPERT,
                EXPERT_2,
                EXPERT_WXY,
                LATE_EXPERT,
                OFFICE,
                OFFICE_2,
                WOMEN_OFFICE);
    }

    @Test
    void expertCannotHandItsReviewToTheUnitNorDelegateNorAddTheUnitAsCandidates() {
        Task review = openReviews().get(EXPERT);

        // the issue's own path: the expert makes a unit member the reviewer of the unit's project
        ResponseEntity<String> reassigned = post(EXPERT, "/task/" + review.getId() + "/assignee", user(UNIT));
        assertThat(reassigned.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(reassigned.getBody()).contains("TASK_ASSIGN");
        assertThat(post(EXPERT, "/task/" + review.getId() + "/delegate", user(UNIT))
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post(
                                EXPERT,
                                "/task/" + review.getId() + "/identity-links",
                                "{\"groupId\":\"unit-wxy-gh\",\"type\":\"candidate\"}")
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        // nor to a fellow expert: reassigning is the office's
        assertThat(post(EXPERT, "/task/" + review.getId() + "/assignee", user(EXPERT_2))
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(taskService
                        .createTaskQuery()
                        .taskId(review.getId())
                        .singleResult()
                        .getAssignee())
                .isEqualTo(EXPERT);
        assertThat(taskService.getIdentityLinksForTask(review.getId()))
                .extracting(IdentityLink::getGroupId)
                .doesNotContain("unit-wxy-gh");

        // what an expert may do: complete its own review
        assertThat(post(EXPERT, "/task/" + review.getId() + "/complete", scores(18))
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(expertReviews.findByProjectIdAndPhaseAndExpertId(project().getId(), ReviewPhase.APPROVAL, EXPERT))
                .hasValueSatisfying(row -> assertThat(row.getTotal()).isEqualByComparingTo("90"));
    }

    @Test
    void unitMemberClaimsAndCompletesButCannotHandTheTaskOn() {
        String fill = taskService
                .createTaskQuery()
                .processInstanceId(application.getId())
                .singleResult()
                .getId();
        assertThat(post(UNIT, "/task/" + fill + "/claim", user(UNIT)).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(post(UNIT, "/task/" + fill + "/assignee", user(EXPERT)).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post(UNIT, "/task/" + fill + "/unclaim", "{}").getStatusCode())
                .as("giving a claimed task back is the office's")
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(taskService.createTaskQuery().taskId(fill).singleResult().getAssignee())
                .isEqualTo(UNIT);

        // the union office releases it (its channel) and may hand it to the unit's members only
        assertThat(post(OFFICE, "/task/" + fill + "/assignee", user(OFFICE_2)).getStatusCode())
                .isIn(HttpStatus.BAD_REQUEST, HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(post(OFFICE, "/task/" + fill + "/unclaim", "{}").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(taskService.createTaskQuery().taskId(fill).singleResult().getAssignee())
                .isNull();
        assertThat(post(UNIT, "/task/" + fill + "/claim", user(UNIT)).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(post(
                                UNIT,
                                "/task/" + fill + "/complete",
                                variables(ApplicationSteps.application("教工读书会", "CULTURE", 12000)))
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(project().getName()).isEqualTo("教工读书会");
    }

    @Test
    void officeReassignsWithinItsChannelOnly() {
        completeApplication();
        String check = taskService
                .createTaskQuery()
                .processInstanceId(application.getId())
                .taskDefinitionKey(TASK_FORMAL_CHECK_UNION)
                .singleResult()
                .getId();
        assertThat(post(OFFICE, "/task/" + check + "/claim", user(OFFICE)).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(post(OFFICE, "/task/" + check + "/assignee", user(OFFICE_2)).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(assignee(check)).isEqualTo(OFFICE_2);

        ResponseEntity<String> toUnit = post(OFFICE, "/task/" + check + "/assignee", user(UNIT));
        assertThat(toUnit.getStatusCode()).isIn(HttpStatus.BAD_REQUEST, HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(toUnit.getBody()).contains("此任务只能由校工会的成员办理");
        ResponseEntity<String> toWomen = post(OFFICE, "/task/" + check + "/assignee", user(WOMEN_OFFICE));
        assertThat(toWomen.getStatusCode()).isIn(HttpStatus.BAD_REQUEST, HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(toWomen.getBody()).contains("此任务只能由校工会的成员办理");
        ResponseEntity<String> unitAsCandidate = post(
                OFFICE, "/task/" + check + "/identity-links", "{\"groupId\":\"unit-wxy-gh\",\"type\":\"candidate\"}");
        assertThat(unitAsCandidate.getStatusCode()).isIn(HttpStatus.BAD_REQUEST, HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(unitAsCandidate.getBody()).contains("不能把“文学院分工会”设为候选组");
        assertThat(assignee(check)).isEqualTo(OFFICE_2);
        assertThat(taskService.getIdentityLinksForTask(check))
                .extracting(IdentityLink::getGroupId)
                .doesNotContain("unit-wxy-gh");

        // the other channel's office reaches nothing of it
        ResponseEntity<String> otherChannel = post(WOMEN_OFFICE, "/task/" + check + "/assignee", user(WOMEN_OFFICE));
        assertThat(otherChannel.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(otherChannel.getBody()).contains("AuthorizationException", "另一渠道");
        assertThat(assignee(check)).isEqualTo(OFFICE_2);
    }

    @Test
    void officeHandsAReviewOnlyToAnUnrecusedExpertWithoutOne() {
        Map<String, Task> reviews = openReviews();
        Task review = reviews.get(EXPERT);
        assertThat(reviews).as("回避: no review for the unit's own expert").doesNotContainKey(EXPERT_WXY);
        // the union office finds the experts' reviews of its channel, the women's office does not
        assertThat(get(OFFICE, "/task?processInstanceId=" + application.getId()).getBody())
                .contains(review.getId());
        assertThat(get(WOMEN_OFFICE, "/task?processInstanceId=" + application.getId())
                        .getBody())
                .isEqualTo("[]");

        assertRefused(OFFICE, review, UNIT, "评审只能由校工会评审专家中的专家承担");
        assertRefused(OFFICE, review, EXPERT_WXY, "须回避本单位项目的评审");
        assertRefused(OFFICE, review, EXPERT_2, "已承担本项目的一份评审");
        assertRefused(adminId, review, EXPERT_WXY, "须回避本单位项目的评审");
        ResponseEntity<String> panelAsCandidates = post(
                OFFICE,
                "/task/" + review.getId() + "/identity-links",
                "{\"groupId\":\"" + Roles.EXPERTS_UNION + "\",\"type\":\"candidate\"}");
        assertThat(panelAsCandidates.getStatusCode()).isIn(HttpStatus.BAD_REQUEST, HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(panelAsCandidates.getBody()).contains("设为候选组");
        ResponseEntity<String> delegated = post(OFFICE, "/task/" + review.getId() + "/delegate", user(EXPERT_2));
        assertThat(delegated.getStatusCode()).isIn(HttpStatus.BAD_REQUEST, HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(delegated.getBody()).contains("不能委托");
        assertThat(assignee(review.getId())).isEqualTo(EXPERT);

        // an expert who joined the panel after the reviews were handed out takes over
        TestPeople.user(identityService, LATE_EXPERT, "校工会评审专家", Roles.EXPERTS_UNION);
        assertThat(post(OFFICE, "/task/" + review.getId() + "/assignee", user(LATE_EXPERT))
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(assignee(review.getId())).isEqualTo(LATE_EXPERT);

        // the expert it was taken from can no longer score under the new expert's name
        assertThat(post(EXPERT, "/task/" + review.getId() + "/complete", scores(20))
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post(LATE_EXPERT, "/task/" + review.getId() + "/complete", scores(15))
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(expertReviews.findByProjectIdAndPhaseAndExpertId(
                        project().getId(), ReviewPhase.APPROVAL, LATE_EXPERT))
                .hasValueSatisfying(row -> assertThat(row.getTotal()).isEqualByComparingTo("75"));
        assertThat(expertReviews.findByProjectIdAndPhaseAndExpertId(project().getId(), ReviewPhase.APPROVAL, EXPERT))
                .isEmpty();
    }

    /** An open review holds for whoever holds it now, a submitted one for whoever submitted it. */
    @Test
    void aReviewHeldOrSubmittedBarsTheExpertFromAnotherOfTheProject() {
        Map<String, Task> reviews = openReviews();
        Task first = reviews.get(EXPERT);
        Task second = reviews.get(EXPERT_2);
        TestPeople.user(identityService, LATE_EXPERT, "校工会评审专家", Roles.EXPERTS_UNION);

        // handed over, the review is the late expert's: it holds one, the expert it was taken from none
        assertThat(post(OFFICE, "/task/" + first.getId() + "/assignee", user(LATE_EXPERT))
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertRefused(OFFICE, second, LATE_EXPERT, "已承担本项目的一份评审");
        assertThat(post(OFFICE, "/task/" + second.getId() + "/assignee", user(EXPERT))
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        Task secondNow = taskService.createTaskQuery().taskId(second.getId()).singleResult();
        assertThat(secondNow.getAssignee()).isEqualTo(EXPERT);

        // submitted, the late expert's review still holds
        assertThat(post(LATE_EXPERT, "/task/" + first.getId() + "/complete", scores(15))
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertRefused(OFFICE, secondNow, LATE_EXPERT, "已承担本项目的一份评审");
        assertRefused(adminId, secondNow, LATE_EXPERT, "已承担本项目的一份评审");
    }

    private void assertRefused(String caller, Task review, String to, String reason) {
        ResponseEntity<String> response = post(caller, "/task/" + review.getId() + "/assignee", user(to));
        assertThat(response.getStatusCode()).as(to).isIn(HttpStatus.BAD_REQUEST, HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(response.getBody()).as(to).contains(reason);
        assertThat(assignee(review.getId())).as(to).isEqualTo(review.getAssignee());
    }

    // ---- the application up to its reviews, driven as the engine (no user)

    private void completeApplication() {
        Task fill = taskService
                .createTaskQuery()
                .processInstanceId(application.getId())
                .taskDefinitionKey(TASK_FILL_APPLICATION)
                .singleResult();
        taskService.complete(fill.getId(), ApplicationSteps.application("教工读书会", "CULTURE", 12000));
    }

    /** The open 专家评审 tasks by expert, after the formal check and the review timer. */
    private Map<String, Task> openReviews() {
        completeApplication();
        Task check = taskService
                .createTaskQuery()
                .processInstanceId(application.getId())
                .taskDefinitionKey(TASK_FORMAL_CHECK_UNION)
                .singleResult();
        taskService.complete(check.getId(), Map.of(FORMAL_CHECK_RESULT.name(), FORMAL_CHECK_PASS));
        managementService.executeJob(managementService
                .createJobQuery()
                .processInstanceId(application.getId())
                .timers()
                .activityId(TIMER_REVIEW_PERIOD_OPENS)
                .singleResult()
                .getId());
        // 分配评审专家 is asynchronous
        managementService.executeJob(managementService
                .createJobQuery()
                .processInstanceId(application.getId())
                .activityId(TASK_ASSIGN_REVIEWERS)
                .singleResult()
                .getId());
        Map<String, Task> reviews = new java.util.HashMap<>();
        taskService
                .createTaskQuery()
                .processInstanceId(application.getId())
                .taskDefinitionKey(TASK_EXPERT_REVIEW)
                .list()
                .forEach(task -> reviews.put(task.getAssignee(), task));
        assertThat(reviews).containsKeys(EXPERT, EXPERT_2);
        return reviews;
    }

    private BrandProject project() {
        Long unitId = units.findByCode("wxy-gh").orElseThrow().getId();
        return projects.findByRoundIdAndUnitId(round.getId(), unitId).orElseThrow();
    }

    private String assignee(String taskId) {
        return taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee();
    }

    // ---- HTTP as each user

    private ResponseEntity<String> post(String caller, String path, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        String password = caller.equals(adminId) ? adminPassword : TestPeople.password(caller);
        return rest.withBasicAuth(caller, password)
                .exchange("/engine-rest" + path, HttpMethod.POST, new HttpEntity<>(json, headers), String.class);
    }

    private ResponseEntity<String> get(String caller, String path) {
        return rest.withBasicAuth(caller, TestPeople.password(caller))
                .getForEntity("/engine-rest" + path, String.class);
    }

    private static String user(String userId) {
        return "{\"userId\":\"" + userId + "\"}";
    }

    private static String scores(int perCriterion) {
        return "{\"variables\":{"
                + "\"scorePolitical\":{\"value\":" + perCriterion + ",\"type\":\"Integer\"},"
                + "\"scoreInnovation\":{\"value\":" + perCriterion + ",\"type\":\"Integer\"},"
                + "\"scoreParticipation\":{\"value\":" + perCriterion + ",\"type\":\"Integer\"},"
                + "\"scoreSustainability\":{\"value\":" + perCriterion + ",\"type\":\"Integer\"},"
                + "\"scoreFeasibility\":{\"value\":" + perCriterion + ",\"type\":\"Integer\"},"
                + "\"" + REVIEW_OPINION.name() + "\":{\"value\":\"同意立项\",\"type\":\"String\"}}}";
    }

    private static String variables(Map<String, Object> values) {
        StringBuilder json = new StringBuilder("{\"variables\":{");
        values.forEach((name, value) -> {
            if (json.charAt(json.length() - 1) != '{') {
                json.append(',');
            }
            String typed = value instanceof Integer
                    ? "{\"value\":" + value + ",\"type\":\"Integer\"}"
                    : "{\"value\":\"" + value + "\",\"type\":\"String\"}";
            json.append('"').append(name).append("\":").append(typed);
        });
        return json.append("}}").toString();
    }
}
