package cn.edu.jsnu.yihuiyipin.projectpage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.edu.jsnu.yihuiyipin.cultivation.GuidanceRecord;
import cn.edu.jsnu.yihuiyipin.cultivation.GuidanceRecordRepository;
import cn.edu.jsnu.yihuiyipin.people.TestPeople;
import cn.edu.jsnu.yihuiyipin.project.BrandProject;
import cn.edu.jsnu.yihuiyipin.project.BrandProjectRepository;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatus;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatusService;
import cn.edu.jsnu.yihuiyipin.support.WebSession;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

/**
 * 项目详情 per role, over HTTP with real sign-ins and over MockMvc: a unit sees its own project with
 * decision, funding and anonymous opinions; another unit, another channel's office and an expert who
 * held no review get the same 404 as an unknown id; only the channel's office records guidance.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProjectPageAccessTest {

    static final String UNIT = "page-wxy";
    static final String OTHER_UNIT = "page-lsy";
    static final String OFFICE = "page-gh-office";
    static final String OTHER_OFFICE = "page-fl-office";

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identityService;

    @Autowired
    AuthorizationService authorizationService;

    @Autowired
    ProjectPageFixtures fixtures;

    @Autowired
    GuidanceRecordRepository guidance;

    @Autowired
    WebApplicationContext context;

    @Autowired
    ProjectStatusService statusService;

    @Autowired
    BrandProjectRepository projects;

    @Autowired
    TransactionTemplate transaction;

    MockMvc mvc;
    ProjectPageFixtures.Round round;

    @BeforeEach
    void peopleAndProjects() {
        TestPeople.user(identityService, UNIT, "文学院分工会主席", "unit-wxy-gh");
        TestPeople.user(identityService, OTHER_UNIT, "历史学院分工会主席", "unit-lsy-gh");
        TestPeople.user(identityService, OFFICE, "校工会干事", "union-office");
        TestPeople.user(identityService, OTHER_OFFICE, "校妇联干事", "women-office");
        TestPeople.user(identityService, ProjectPageFixtures.EXPERT_ONE, "评审专家", "experts-union");
        round = fixtures.round();
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    @AfterEach
    void forgetPeople() {
        TestPeople.forget(
                identityService,
                authorizationService,
                UNIT,
                OTHER_UNIT,
                OFFICE,
                OTHER_OFFICE,
                ProjectPageFixtures.EXPERT_ONE);
    }

    @Test
    void theUnitSeesItsDecisionFundingAndAnonymousOpinions() {
        WebSession unit = signedIn(UNIT);

        HttpResponse<String> page = unit.get(projectPath(round.own()));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("经典诵读沙龙", "建设中", "立项", "同意立项，建议扩大参与面。", "8,000.00 元")
                .contains("专家1", "专家2", "选题新颖，思想性强。", "评审专家以匿名方式显示")
                .contains("请按季度报送活动照片。", "全年开展读书沙龙八场。")
                .doesNotContain(ProjectPageFixtures.EXPERT_ONE, ProjectPageFixtures.EXPERT_TWO, "评审专家 测试")
                .doesNotContain("记录过程指导");
    }

    @Test
    void theChannelOfficeSeesTheExpertsByName() {
        HttpResponse<String> page = signedIn(OFFICE).get(projectPath(round.own()));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("评审专家 测试（" + ProjectPageFixtures.EXPERT_ONE + "）", ProjectPageFixtures.EXPERT_TWO)
                .contains("记录过程指导", "撤销项目")
                .doesNotContain("评审专家以匿名方式显示");
    }

    @Test
    void nobodyElseFindsTheProject() {
        for (String stranger : List.of(OTHER_UNIT, OTHER_OFFICE, ProjectPageFixtures.EXPERT_ONE)) {
            WebSession session = signedIn(stranger);
            HttpResponse<String> page = session.get(projectPath(round.own()));
            assertThat(page.statusCode()).as(stranger).isEqualTo(404);
            assertThat(page.body()).as(stranger).contains("项目不存在，或您无权查看该项目。").doesNotContain("经典诵读沙龙");
            assertThat(session.get("/api/projects/" + round.own().getId()).statusCode())
                    .as(stranger)
                    .isEqualTo(404);
        }
        WebSession unit = signedIn(UNIT);
        HttpResponse<String> unknown = unit.get("/app/projects/999999999");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("项目不存在，或您无权查看该项目。");
        assertThat(unit.get(projectPath(round.sameChannel())).statusCode()).isEqualTo(404);
        assertThat(unit.get("/app/projects/abc").statusCode()).isEqualTo(400);
        assertThat(new WebSession(port).get(projectPath(round.own())).statusCode())
                .isEqualTo(302);
    }

    @Test
    void officesSeeTheirChannelOnly() throws Exception {
        mvc.perform(get(projectPath(round.otherChannel())).with(member(OTHER_OFFICE, "women-office")))
                .andExpect(status().isOk());
        mvc.perform(get(projectPath(round.otherChannel())).with(member(OFFICE, "union-office")))
                .andExpect(status().isNotFound());
        mvc.perform(get(projectPath(round.sameChannel())).with(member(OFFICE, "union-office")))
                .andExpect(status().isOk());
        mvc.perform(get(projectPath(round.otherChannel())).with(member("page-admin", "camunda-admin")))
                .andExpect(status().isOk());
    }

    @Test
    void theApiAnswersThePageAsJsonWithTheSameRules() throws Exception {
        String path = "/api/projects/" + round.own().getId();
        mvc.perform(get(path).with(member(UNIT, "unit-wxy-gh")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.application.name").value("经典诵读沙龙"))
                .andExpect(jsonPath("$.decision.label").value("立项"))
                .andExpect(jsonPath("$.approvedFunding").value(8000.00))
                .andExpect(jsonPath("$.approvalReview.expertsNamed").value(false))
                .andExpect(jsonPath("$.approvalReview.opinions[0].expert").value("专家1"))
                .andExpect(jsonPath("$.approvalReview.opinions[0].total").value(90));
        mvc.perform(get(path).with(member(OFFICE, "union-office")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.approvalReview.opinions[1].expert").value(ProjectPageFixtures.EXPERT_TWO));
        mvc.perform(get(path).with(member(OTHER_UNIT, "unit-lsy-gh")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message").value("项目不存在，或您无权查看该项目。"));
        mvc.perform(get("/api/projects/xyz").with(member(UNIT, "unit-wxy-gh")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/json"));
    }

    @Test
    void opinionsStayHiddenFromTheUnitUntilTheDecision() throws Exception {
        BrandProject undecided = fixtures.undecided();

        mvc.perform(get(projectPath(undecided)).with(member(UNIT, "unit-wxy-gh")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("专家的评分和意见在结果公布后可见")))
                .andExpect(
                        content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("尚待审定的意见"))));
        mvc.perform(get(projectPath(undecided)).with(member(OFFICE, "union-office")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("尚待审定的意见")));
    }

    @Test
    void theOfficeRecordsGuidanceOnThePage() {
        WebSession office = signedIn(OFFICE);
        office.get(projectPath(round.own()));

        HttpResponse<String> saved = office.postForm(
                projectPath(round.own()) + "/guidance", Map.of("rating", "BEHIND", "advice", "  请加快第二季度活动。 "));

        assertThat(saved.statusCode()).isEqualTo(302);
        List<GuidanceRecord> records =
                guidance.findByProjectIdOrderById(round.own().getId());
        assertThat(records).hasSize(2);
        GuidanceRecord added = records.get(1);
        assertThat(added.getAdvisor()).isEqualTo(OFFICE);
        assertThat(added.getAdvice()).isEqualTo("请加快第二季度活动。");
        assertThat(added.getRating()).hasToString("BEHIND");
        assertThat(added.getTaskId()).isNull();
        assertThat(added.getProgressReportId()).isNull();
        assertThat(office.get(projectPath(round.own())).body()).contains("请加快第二季度活动。", "进度滞后", "随时指导");
    }

    @Test
    void guidanceIsRefusedToOthersAndOutsideTheBuildingPeriod() {
        String path = projectPath(round.own()) + "/guidance";
        Map<String, String> fields = Map.of("rating", "ON_TRACK", "advice", "越权的指导");

        WebSession unit = signedIn(UNIT);
        unit.get(projectPath(round.own()));
        HttpResponse<String> byUnit = unit.postForm(path, fields);
        assertThat(byUnit.statusCode()).isEqualTo(403);
        assertThat(byUnit.body()).contains("只有项目所属渠道的校工会（妇联）可以记录过程指导。");

        WebSession otherOffice = signedIn(OTHER_OFFICE);
        otherOffice.get("/app/");
        assertThat(otherOffice.postForm(path, fields).statusCode()).isEqualTo(404);

        WebSession office = signedIn(OFFICE);
        office.get(projectPath(round.sameChannel()));
        HttpResponse<String> notBuilding = office.postForm(projectPath(round.sameChannel()) + "/guidance", fields);
        assertThat(notBuilding.statusCode()).isEqualTo(400);
        assertThat(notBuilding.body())
                .contains("项目当前不在建设期（立项已公布），不能记录过程指导。")
                .as("the page again, with what the office typed to copy")
                .contains("项目详情", "您填写的指导意见（未保存）", "越权的指导");

        HttpResponse<String> empty = office.postForm(path, Map.of("rating", "ON_TRACK", "advice", "   "));
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("请填写“指导意见”。");
        HttpResponse<String> forgedRating = office.postForm(path, Map.of("rating", "GREAT", "advice", "好"));
        assertThat(forgedRating.statusCode()).isEqualTo(400);
        assertThat(forgedRating.body()).contains("未知的推进情况评价");
        HttpResponse<String> noRating = office.postForm(path, Map.of("advice", "第二季度请补充活动照片。"));
        assertThat(noRating.statusCode()).isEqualTo(400);
        assertThat(noRating.body())
                .as("the form again with the advice typed, nothing lost")
                .contains("记录过程指导", "第二季度请补充活动照片。</textarea>");
        HttpResponse<String> noAdvice = office.postForm(path, Map.of("rating", "BEHIND", "advice", ""));
        assertThat(noAdvice.statusCode()).isEqualTo(400);
        assertThat(noAdvice.body()).containsPattern("value=\"BEHIND\"\\s+selected");

        assertThat(office.postFormWithoutToken(path, fields).statusCode()).isEqualTo(403);
        assertThat(guidance.findByProjectIdOrderById(round.own().getId())).hasSize(1);
        assertThat(guidance.findByProjectIdOrderById(round.sameChannel().getId()))
                .isEmpty();
    }

    @Test
    void theHistoryTellsWhoMadeEachStep() {
        identityService.setAuthenticatedUserId(OFFICE);
        try {
            transaction.executeWithoutResult(status -> statusService.changeStatus(
                    projects.findById(round.sameChannel().getId()).orElseThrow(), ProjectStatus.BUILDING, "人工登记的建设状态"));
        } finally {
            identityService.clearAuthentication();
        }

        HttpResponse<String> page = signedIn(OFFICE).get(projectPath(round.sameChannel()));
        assertThat(page.body()).contains("人工登记的建设状态", "校工会干事 测试（" + OFFICE + "）");
        assertThat(signedIn(OFFICE).get(projectPath(round.own())).body())
                .as("the engine's own step (准备培育, run without a user)")
                .contains("<td>系统</td>");
    }

    private WebSession signedIn(String user) {
        WebSession session = new WebSession(port);
        assertThat(session.signIn(user, TestPeople.password(user)).statusCode()).isEqualTo(302);
        return session;
    }

    private static String projectPath(BrandProject project) {
        return "/app/projects/" + project.getId();
    }

    private static UserRequestPostProcessor member(String user, String group) {
        return user(user).authorities(new SimpleGrantedAuthority("GROUP_" + group));
    }
}
