package cn.edu.jsnu.yihuiyipin.people;

import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.*;
import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.Elements.*;
import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.Vars.*;
import static cn.edu.jsnu.yihuiyipin.process.SharedVariables.*;
import static org.assertj.core.api.Assertions.assertThat;

import cn.edu.jsnu.yihuiyipin.project.BrandRound;
import cn.edu.jsnu.yihuiyipin.support.ApplicationSteps;
import cn.edu.jsnu.yihuiyipin.support.TestRounds;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * What a grassroots unit's user reaches over HTTP: {@code /engine-rest} with HTTP Basic, and the
 * webapps' own API after logging in as Tasklist does. Unit A is 文学院分工会, B 外国语学院妇委会.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RestAuthorizationTest {

    static final String USER_A = "rest-unit-a";
    static final String USER_B = "rest-unit-b";

    @Autowired
    TestRestTemplate rest;

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identityService;

    @Autowired
    AuthorizationService authorizationService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    TestRounds testRounds;

    private String taskA;
    private String taskB;
    private String instanceB;

    @BeforeEach
    void twoUnitsWithATaskEach() {
        TestPeople.user(identityService, USER_A, "文学院分工会", "unit-wxy-gh");
        TestPeople.user(identityService, USER_B, "外国语学院妇委会", "unit-wgy-fw");
        BrandRound round = testRounds.newRound();
        String a = ApplicationSteps.start(runtimeService, round, "wxy-gh").getId();
        instanceB = ApplicationSteps.start(runtimeService, round, "wgy-fw").getId();
        taskA = taskService
                .createTaskQuery()
                .processInstanceId(a)
                .singleResult()
                .getId();
        taskB = taskService
                .createTaskQuery()
                .processInstanceId(instanceB)
                .singleResult()
                .getId();
    }

    @AfterEach
    void removeUsers() {
        TestPeople.forget(identityService, authorizationService, USER_A, USER_B);
    }

    private ResponseEntity<String> get(String path) {
        return rest.withBasicAuth(USER_A, TestPeople.password(USER_A))
                .getForEntity("/engine-rest" + path, String.class);
    }

    private ResponseEntity<String> post(String path, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(USER_A, TestPeople.password(USER_A))
                .exchange("/engine-rest" + path, HttpMethod.POST, new HttpEntity<>(json, headers), String.class);
    }

    @Test
    void unitUserListsReadsAndClaimsOnlyItsOwnTask() {
        ResponseEntity<String> tasks = get("/task?maxResults=500");
        assertThat(tasks.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(tasks.getBody()).contains(taskA).doesNotContain(taskB).doesNotContain("外国语学院");

        assertThat(get("/task/" + taskB).getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
        assertThat(get("/task/" + taskB + "/variables").getStatusCode())
                .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
        assertThat(get("/task/" + taskB + "/form-variables").getStatusCode())
                .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
        assertThat(post("/task/" + taskB + "/claim", "{\"userId\":\"" + USER_A + "\"}")
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("/task/" + taskB + "/complete", "{\"variables\":{\"notApplying\":{\"value\":true}}}")
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(taskService.createTaskQuery().taskId(taskB).singleResult().getAssignee())
                .isNull();

        assertThat(post("/task/" + taskA + "/claim", "{\"userId\":\"" + USER_A + "\"}")
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(get("/task/" + taskA + "/form-variables").getBody()).contains("文学院分工会");
    }

    @Test
    void unitUserFindsNoInstancesVariablesOrHistory() {
        for (String path : List.of(
                "/process-instance",
                "/variable-instance",
                "/execution",
                "/history/process-instance",
                "/history/variable-instance",
                "/history/task",
                "/history/activity-instance",
                "/incident",
                "/deployment",
                "/user?id=" + USER_B,
                "/authorization?userIdIn=" + USER_B,
                "/process-definition/statistics",
                "/process-definition")) {
            ResponseEntity<String> response = get(path);
            assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
            assertThat(response.getBody()).as(path).isEqualTo("[]");
        }
        // the engine shows everyone the jobs of no process (history cleanup), but none of the timers of B's task
        assertThat(get("/job").getBody()).doesNotContain("\"processInstanceId\":\"");
        assertThat(get("/process-instance/" + instanceB).getStatusCode())
                .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
        assertThat(get("/process-instance/" + instanceB + "/variables").getStatusCode())
                .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
        assertThat(get("/filter").getBody()).contains("我的待办", "本单位任务").doesNotContain("校工会全部任务", "专家评审");
    }

    @Test
    void unitUserEntersTasklistButNotCockpitOrAdmin() throws Exception {
        Webapp cockpit = new Webapp();
        HttpResponse<String> cockpitLogin = cockpit.login("cockpit", USER_A);
        assertThat(cockpitLogin.statusCode())
                .as("login to Cockpit: " + cockpitLogin.body())
                .isEqualTo(403);
        HttpResponse<String> adminLogin = cockpit.login("admin", USER_A);
        assertThat(adminLogin.statusCode())
                .as("login to Admin: " + adminLogin.body())
                .isEqualTo(403);

        Webapp tasklist = new Webapp();
        HttpResponse<String> tasklistLogin = tasklist.login("tasklist", USER_A);
        assertThat(tasklistLogin.statusCode())
                .as("login to Tasklist: " + tasklistLogin.body())
                .isEqualTo(200);
        assertThat(tasklist.get("/camunda/app/cockpit/default/").statusCode()).isEqualTo(403);
        assertThat(tasklist.get("/camunda/app/admin/default/").statusCode()).isEqualTo(403);
        assertThat(tasklist.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);
        // Cockpit's own queries check the engine's authorizations: nothing of anyone's instances
        HttpResponse<String> statistics =
                tasklist.get("/camunda/api/cockpit/plugin/base/default/process-definition/statistics");
        assertThat(statistics.statusCode()).isIn(200, 403);
        if (statistics.statusCode() == 200) {
            assertThat(statistics.body()).isEqualTo("[]");
        }
        HttpResponse<String> instances = tasklist.get("/camunda/api/engine/engine/default/process-instance");
        assertThat(instances.body()).isEqualTo("[]");
    }

    /** A browser-like session of the Camunda webapps: cookies and the XSRF token they require. */
    final class Webapp {

        private final CookieManager cookies = new CookieManager();
        private final HttpClient client =
                HttpClient.newBuilder().cookieHandler(cookies).build();

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return client.send(
                    HttpRequest.newBuilder(uri(path))
                            .header("Accept", "application/json, text/html")
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> login(String app, String user) throws IOException, InterruptedException {
            get("/camunda/app/" + app + "/default/");
            String token = cookies.getCookieStore().getCookies().stream()
                    .filter(c -> c.getName().equals("XSRF-TOKEN"))
                    .map(java.net.HttpCookie::getValue)
                    .findFirst()
                    .orElse("");
            String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(TestPeople.password(user), StandardCharsets.UTF_8);
            return client.send(
                    HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/" + app))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("X-XSRF-TOKEN", token)
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        private URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }
    }
}
