package cn.edu.jsnu.yihuiyipin.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.edu.jsnu.yihuiyipin.access.NotFoundException;
import cn.edu.jsnu.yihuiyipin.access.ProjectAccess;
import cn.edu.jsnu.yihuiyipin.access.ProjectScope;
import cn.edu.jsnu.yihuiyipin.access.Viewer;
import cn.edu.jsnu.yihuiyipin.people.TestPeople;
import cn.edu.jsnu.yihuiyipin.project.BrandProject;
import cn.edu.jsnu.yihuiyipin.project.BrandProjectRepository;
import cn.edu.jsnu.yihuiyipin.support.TestRounds;
import cn.edu.jsnu.yihuiyipin.support.WebSession;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.util.HtmlUtils;

/** 项目台账 per role: each sees exactly its projects, filters, sorting and paging work, bad input is a 400. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LedgerAccessTest {

    static final String EXPERT = "ledger-expert";
    static final String UNIT_USER = "ledger-unit-wxy";

    @LocalServerPort
    int port;

    @Autowired
    WebApplicationContext context;

    @Autowired
    TestRounds rounds;

    @Autowired
    BrandProjectRepository projects;

    @Autowired
    ProjectLedger ledger;

    @Autowired
    ProjectAccess access;

    @Autowired
    IdentityService identityService;

    @Autowired
    AuthorizationService authorizationService;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    RuntimeService runtimeService;

    MockMvc mvc;
    LedgerFixture data;

    /** Once for the class, but in a test's run: the coverage listener records process events only there. */
    @BeforeEach
    void projects() {
        if (data != null) {
            return;
        }
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        data = new LedgerFixture(rounds, projects);
        TestPeople.user(identityService, EXPERT, "校工会评审专家", "experts-union");
        TestPeople.user(identityService, UNIT_USER, "文学院分工会", "unit-wxy-gh");
        LedgerFixture.reviewExpert(repositoryService, runtimeService, data.first, data.jg, EXPERT);
    }

    @AfterAll
    void forgetPeople() {
        TestPeople.forget(identityService, authorizationService, EXPERT, UNIT_USER);
    }

    static RequestPostProcessor as(String userId, String... groups) {
        return user(userId)
                .authorities(Set.of(groups).stream()
                        .map(group -> new SimpleGrantedAuthority("GROUP_" + group))
                        .toList());
    }

    String page(String url, RequestPostProcessor who) throws Exception {
        MvcResult result = mvc.perform(get(url).with(who)).andReturn();
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    String firstYear() {
        return "/app/projects?year=" + data.first.getYear();
    }

    @Test
    void theUnionOfficeSeesItsChannelOnly() throws Exception {
        String body = page(firstYear(), as("o1", "union-office"));

        assertThat(body).contains(data.wxy.getName(), data.jg.getName()).doesNotContain(data.wgyWomen.getName());
        assertThat(body).contains("共 2 个项目");
    }

    @Test
    void theWomenOfficeSeesItsChannelOnly() throws Exception {
        String body = page(firstYear(), as("o2", "women-office"));

        assertThat(body).contains(data.wgyWomen.getName()).doesNotContain(data.wxy.getName(), data.jg.getName());
        assertThat(page(firstYear() + "&channel=UNION", as("o2", "women-office")))
                .contains("共 0 个项目");
    }

    @Test
    void anAdminSeesEveryChannel() throws Exception {
        String body = page(firstYear(), as("a", "camunda-admin"));

        assertThat(body).contains(data.wxy.getName(), data.jg.getName(), data.wgyWomen.getName());
    }

    @Test
    void aUnitSeesItsOwnProjectsOfEveryYearAndNothingByGuessing() throws Exception {
        String body = page("/app/projects?size=200", as("u", "unit-wxy-gh"));

        assertThat(body).contains(data.wxy.getName(), data.wxyContinued.getName());
        assertThat(body).doesNotContain(data.jg.getName(), data.wgyWomen.getName());
        assertThat(body).contains("文学院分工会 · 品牌历程");
        assertThat(page("/app/projects?unit=jg-gh", as("u", "unit-wxy-gh"))).contains("共 0 个项目");
        assertThat(page("/app/projects?channel=WOMEN", as("u", "unit-wxy-gh"))).contains("共 0 个项目");
    }

    @Test
    void anExpertSeesOnlyTheProjectsItReviewed() throws Exception {
        String body = page("/app/projects", as(EXPERT, "experts-union"));

        assertThat(body).contains(data.jg.getName()).doesNotContain(data.wxy.getName(), data.wgyWomen.getName());
        Viewer expert = new Viewer(EXPERT, EXPERT, Set.of("experts-union"));
        assertThat(canView(expert, data.jg.getId())).isTrue();
        assertThat(canView(expert, data.wxy.getId())).isFalse();
        assertThat(page("/app/projects", as("zj-other", "experts-union"))).contains("共 0 个项目");
    }

    @Test
    void theScopeAgreesWithCanViewForEveryRole() {
        List<Viewer> viewers = List.of(
                new Viewer("a", "a", Set.of("camunda-admin")),
                new Viewer("o1", "o1", Set.of("union-office")),
                new Viewer("o2", "o2", Set.of("women-office")),
                new Viewer("u", "u", Set.of("unit-wxy-gh")),
                new Viewer(EXPERT, EXPERT, Set.of("experts-union")),
                new Viewer("x", "x", Set.of()));
        for (var viewer : viewers) {
            ProjectScope scope = access.scope(viewer);
            for (int year : List.of(data.first.getYear(), data.second.getYear())) {
                List<Long> listed = ledger.all(scope, query("year", String.valueOf(year))).stream()
                        .map(LedgerRow::id)
                        .toList();
                List<Long> viewable = data.ofYear(year).stream()
                        .map(BrandProject::getId)
                        .filter(id -> canView(viewer, id))
                        .toList();
                assertThat(listed).as(viewer.userId() + " " + year).containsExactlyInAnyOrderElementsOf(viewable);
            }
        }
    }

    @Test
    void filtersNarrowTheList() throws Exception {
        var admin = as("a", "camunda-admin");

        assertThat(page(firstYear() + "&category=IDEOLOGY", admin))
                .contains(data.jg.getName())
                .doesNotContain(data.wxy.getName());
        assertThat(page(firstYear() + "&unit=wgy-fw", admin))
                .contains(data.wgyWomen.getName())
                .doesNotContain(data.jg.getName());
        assertThat(page(firstYear() + "&status=PUBLISHED&channel=UNION", admin)).contains("共 2 个项目");
        assertThat(page(firstYear() + "&status=AWARDED", admin)).contains("共 0 个项目");
    }

    @Test
    void sortingAndPagingGoThroughTheWholeList() {
        ProjectScope everything = new ProjectScope(true, Set.of(), Set.of(), Set.of());
        String year = String.valueOf(data.first.getYear());

        LedgerPage first = ledger.page(everything, query("year", year, "sort", "approved", "dir", "desc", "size", "2"));
        LedgerPage second = ledger.page(
                everything, query("year", year, "sort", "approved", "dir", "desc", "size", "2", "page", "2"));

        assertThat(first.totalItems()).isEqualTo(3);
        assertThat(first.totalPages()).isEqualTo(2);
        assertThat(first.items()).extracting(LedgerRow::id).containsExactly(data.wxy.getId(), data.wgyWomen.getId());
        assertThat(second.items()).extracting(LedgerRow::id).containsExactly(data.jg.getId());
        assertThat(ledger.page(everything, query("year", year, "sort", "approved", "dir", "asc"))
                        .items())
                .extracting(LedgerRow::id)
                .containsExactly(data.jg.getId(), data.wgyWomen.getId(), data.wxy.getId());
        assertThat(ledger.page(everything, query("year", year, "size", "2", "page", "9"))
                        .items())
                .isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "year=abc|年度“abc”不是有效的数字",
                "year=99999|年度必须在 1000 到 9999 之间",
                "year=2027&year=2028|年度“2027,2028”不是有效的数字",
                "channel=MARS|渠道“MARS”不存在",
                "category=x|类别“x”不存在",
                "status=deleted|状态“deleted”不存在",
                "unit=x' or 1=1|单位代码“x' or 1=1”无效",
                "sort=name;drop table|不能按“name;drop table”排序",
                "sort=year&dir=sideways|排序方向只能是 asc 或 desc",
                "page=0|页码必须在 1 到 1000000 之间",
                "size=100000|每页条数必须在 1 到 200 之间",
                "size=-1|每页条数“-1”不是有效的数字"
            })
    void badParametersAreRefusedInChinese(String parameters, String message) throws Exception {
        MockHttpServletRequestBuilder request = get("/app/projects").with(as("a", "camunda-admin"));
        for (String parameter : parameters.split("&")) {
            String[] nameValue = parameter.split("=", 2);
            request.param(nameValue[0], nameValue[1]);
        }
        MvcResult result = mvc.perform(request).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(HtmlUtils.htmlUnescape(result.getResponse().getContentAsString(StandardCharsets.UTF_8)))
                .contains(message);
    }

    @Test
    void anOversizeParameterIsRefusedAndNotEchoedWhole() throws Exception {
        String huge = "x".repeat(5000);
        MvcResult result = mvc.perform(get("/app/projects?unit=" + huge).with(as("a", "camunda-admin")))
                .andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("单位代码")
                .doesNotContain(huge);
    }

    @Test
    void overHttpAUnitMemberSeesItsOwnProjectsOnly() {
        WebSession browser = new WebSession(port);
        browser.signIn(UNIT_USER, TestPeople.password(UNIT_USER));

        HttpResponse<String> page = browser.get("/app/projects?size=200");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(data.wxy.getName(), data.wxyContinued.getName());
        assertThat(page.body()).doesNotContain(data.jg.getName(), data.wgyWomen.getName());
        assertThat(new WebSession(port).get("/app/projects").statusCode()).isEqualTo(302);
    }

    /** {@link ProjectAccess#canView} as the pages use it, through {@link ProjectAccess#viewable}. */
    boolean canView(Viewer viewer, Long projectId) {
        try {
            access.viewable(viewer, projectId);
            return true;
        } catch (NotFoundException refused) {
            return false;
        }
    }

    static LedgerQuery query(String... nameValues) {
        Map<String, String> p = new HashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            p.put(nameValues[i], nameValues[i + 1]);
        }
        return LedgerQuery.parse(
                p.get("year"),
                p.get("channel"),
                p.get("category"),
                p.get("status"),
                p.get("unit"),
                p.get("sort"),
                p.get("dir"),
                p.get("page"),
                p.get("size"));
    }
}
