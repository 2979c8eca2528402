package cn.edu.jsnu.yihuiyipin.ledger;

import static cn.edu.jsnu.yihuiyipin.ledger.LedgerAccessTest.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.edu.jsnu.yihuiyipin.people.TestPeople;
import cn.edu.jsnu.yihuiyipin.project.BrandProjectRepository;
import cn.edu.jsnu.yihuiyipin.support.TestRounds;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The JSON API and 品牌历程 (page and API): the same role rules as the ledger, refusals as JSON. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LedgerApiTest {

    static final String OFFICE_USER = "ledger-api-office";

    @LocalServerPort
    int port;

    @Autowired
    WebApplicationContext context;

    @Autowired
    TestRounds rounds;

    @Autowired
    BrandProjectRepository projects;

    @Autowired
    IdentityService identityService;

    @Autowired
    AuthorizationService authorizationService;

    @Autowired
    ObjectMapper json;

    MockMvc mvc;
    LedgerFixture data;

    @BeforeEach
    void projects() {
        if (data == null) {
            mvc = MockMvcBuilders.webAppContextSetup(context)
                    .apply(springSecurity())
                    .build();
            data = new LedgerFixture(rounds, projects);
            TestPeople.user(identityService, OFFICE_USER, "校工会干事", "union-office");
        }
    }

    @AfterAll
    void forgetPeople() {
        TestPeople.forget(identityService, authorizationService, OFFICE_USER);
    }

    @Test
    void theLedgerApiAnswersWithTheRolesProjects() throws Exception {
        JsonNode union =
                call("/api/projects?year=" + data.first.getYear() + "&sort=approved", as("o1", "union-office"), 200);

        assertThat(union.get("totalItems").asLong()).isEqualTo(2);
        assertThat(union.get("totalPages").asInt()).isEqualTo(1);
        assertThat(names(union.get("items"))).containsExactly(data.jg.getName(), data.wxy.getName());
        JsonNode first = union.get("items").get(0);
        assertThat(first.get("unitCode").asText()).isEqualTo("jg-gh");
        assertThat(first.get("statusLabel").asText()).isEqualTo("立项已公布");
        assertThat(first.get("approvedFunding").decimalValue()).isEqualByComparingTo("6000.00");

        JsonNode unit = call("/api/projects?size=200", as("u", "unit-wxy-gh"), 200);
        assertThat(names(unit.get("items"))).contains(data.wxy.getName(), data.wxyContinued.getName());
        assertThat(names(unit.get("items"))).doesNotContain(data.jg.getName(), data.wgyWomen.getName());
    }

    @Test
    void badParametersAreJsonRefusals() throws Exception {
        JsonNode refused = call("/api/projects?size=500", as("a", "camunda-admin"), 400);

        assertThat(refused.get("status").asInt()).isEqualTo(400);
        assertThat(refused.get("message").asText()).isEqualTo("每页条数必须在 1 到 200 之间。");
        assertThat(call("/api/units/no-such-unit/history", as("a", "camunda-admin"), 404)
                        .get("message")
                        .asText())
                .isEqualTo(UnitBrandHistory.NOT_VISIBLE);
        assertThat(call("/api/units/x.y/history", as("a", "camunda-admin"), 400)
                        .get("message")
                        .asText())
                .contains("单位代码");
    }

    @Test
    void theBrandHistoryFollowsTheContinuationChain() throws Exception {
        JsonNode history = call("/api/units/wxy-gh/history", as("u", "unit-wxy-gh"), 200);

        assertThat(history.get("unitName").asText()).isEqualTo("文学院分工会");
        JsonNode chain = null;
        for (JsonNode brand : history.get("brands")) {
            List<Long> ids = new ArrayList<>();
            brand.get("years").forEach(year -> ids.add(year.get("id").asLong()));
            if (ids.contains(data.wxy.getId())) {
                assertThat(ids).containsExactly(data.wxy.getId(), data.wxyContinued.getId());
                chain = brand;
            }
        }
        assertThat(chain).as("the brand of " + data.wxy.getName()).isNotNull();
        assertThat(chain.get("name").asText()).isEqualTo(data.wxyContinued.getName());
        assertThat(chain.get("firstYear").asInt()).isEqualTo(data.first.getYear());
        assertThat(chain.get("lastYear").asInt()).isEqualTo(data.second.getYear());
    }

    @Test
    void theBrandHistoryIsTheUnitsItsOfficesAndTheAdmins() throws Exception {
        call("/api/units/wxy-gh/history", as("o1", "union-office"), 200);
        call("/api/units/wxy-gh/history", as("a", "camunda-admin"), 200);
        assertThat(call("/api/units/wxy-gh/history", as("o2", "women-office"), 404)
                        .get("message")
                        .asText())
                .isEqualTo(UnitBrandHistory.NOT_VISIBLE);
        call("/api/units/wxy-gh/history", as("u", "unit-jg-gh"), 404);
        call("/api/units/wxy-gh/history", as("zj", "experts-union"), 404);

        MvcResult page = mvc.perform(get("/app/units/wxy-gh/history").with(as("u", "unit-wxy-gh")))
                .andReturn();
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        assertThat(page.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("文学院分工会 · 品牌历程", data.wxy.getName(), data.wxyContinued.getName());
        MvcResult refused = mvc.perform(get("/app/units/wxy-gh/history").with(as("u", "unit-jg-gh")))
                .andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(404);
        assertThat(refused.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains(UnitBrandHistory.NOT_VISIBLE)
                .doesNotContain(data.wxy.getName());
    }

    @Test
    void overHttpBasicTheApiAndItsOpenApiDescriptionAnswer() throws Exception {
        HttpResponse<String> ledger = basic("/api/projects?year=" + data.first.getYear(), OFFICE_USER);
        assertThat(ledger.statusCode()).isEqualTo(200);
        assertThat(names(json.readTree(ledger.body()).get("items")))
                .containsExactlyInAnyOrder(data.wxy.getName(), data.jg.getName());

        HttpResponse<String> openApi = basic("/v3/api-docs", OFFICE_USER);
        assertThat(openApi.statusCode()).isEqualTo(200);
        JsonNode paths = json.readTree(openApi.body()).get("paths");
        assertThat(paths.has("/api/projects")).isTrue();
        assertThat(paths.has("/api/units/{code}/history")).isTrue();

        HttpResponse<String> anonymous = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(basic("/api/projects", OFFICE_USER, "wrong").statusCode()).isEqualTo(401);
    }

    JsonNode call(String url, RequestPostProcessor who, int status) throws Exception {
        MvcResult result = mvc.perform(get(url).with(who)).andReturn();
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(status);
        assertThat(result.getResponse().getContentType()).startsWith("application/json");
        return json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> basic(String path, String user) throws Exception {
        return basic(path, user, TestPeople.password(user));
    }

    HttpResponse<String> basic(String path, String user, String password) throws Exception {
        String credentials =
                Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .header("Authorization", "Basic " + credentials)
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static List<String> names(JsonNode items) {
        List<String> names = new ArrayList<>();
        items.forEach(item -> names.add(item.get("name").asText()));
        return names;
    }
}
