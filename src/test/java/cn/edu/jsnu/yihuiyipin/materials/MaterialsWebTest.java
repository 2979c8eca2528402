package cn.edu.jsnu.yihuiyipin.materials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.edu.jsnu.yihuiyipin.access.Viewer;
import cn.edu.jsnu.yihuiyipin.people.Roles;
import cn.edu.jsnu.yihuiyipin.people.TestPeople;
import cn.edu.jsnu.yihuiyipin.project.BrandProject;
import cn.edu.jsnu.yihuiyipin.project.BrandRound;
import cn.edu.jsnu.yihuiyipin.support.TestRounds;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * The materials over HTTP, per role: who sees the page, the files and the thumbnails, who uploads,
 * deletes and restores, and that another project's id or a guessed material id shows nothing. Range
 * requests answer 206 with the asked bytes.
 */
@MaterialsSpringTest
class MaterialsWebTest {

    private static final String EXPERT = "mat-acceptance-expert";
    private static final String APPROVAL_EXPERT = "mat-approval-expert";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestRounds rounds;

    @Autowired
    ProjectMaterials materials;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    IdentityService identityService;

    @Autowired
    AuthorizationService authorizationService;

    @Autowired
    SpringTemplateEngine templates;

    @Autowired
    MaterialsSection section;

    @Autowired
    ApplicationContext applicationContext;

    BrandProject project;
    BrandProject otherUnits;
    String reviews;

    @BeforeEach
    void projectWithItsReviews() {
        BrandRound round = rounds.newRound();
        project = rounds.publishedProject(round, "wxy-gh", "书香文院");
        otherUnits = rounds.publishedProject(round, "lsy-gh", "历史讲堂");
        // the review rule lets only panel members who are not in the unit hold a review
        TestPeople.user(identityService, EXPERT, "验收专家", Roles.EXPERTS_UNION);
        TestPeople.user(identityService, APPROVAL_EXPERT, "立项专家", Roles.EXPERTS_UNION);
        reviews = AcceptanceReviewStandIn.start(
                repositoryService, runtimeService, round.getYear(), "wxy-gh", EXPERT, APPROVAL_EXPERT);
    }

    @AfterEach
    void forgetTheExperts() {
        runtimeService.deleteProcessInstance(reviews, "test over");
        TestPeople.forget(identityService, authorizationService, EXPERT, APPROVAL_EXPERT);
    }

    @Test
    void theUnitTheOfficeAdminsAndTheAcceptanceExpertsSeeThePageNobodyElse() throws Exception {
        mvc.perform(get(page()).with(unitMember()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("书香文院 · 活动材料")))
                .andExpect(content().string(containsString("id=\"material-upload\"")));
        mvc.perform(get(page()).with(office()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"material-upload\"")));
        mvc.perform(get(page()).with(admin())).andExpect(status().isOk());
        mvc.perform(get(page()).with(acceptanceExpert()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"material-upload\""))))
                .andExpect(content().string(containsString("验收专家只能查看材料，不能上传。")));

        mvc.perform(get(page()).with(approvalExpert()))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("项目材料只向本单位、本渠道的校工会（妇联）、验收评审专家和管理员开放。")));
        mvc.perform(get(page()).with(viewer("lsy-member", "unit-lsy-gh")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("项目不存在，或您无权查看该项目。")));
        mvc.perform(get(page()).with(viewer("fl-staff", "women-office"))).andExpect(status().isNotFound());
        mvc.perform(get(page()).with(viewer("other-expert", "experts-union"))).andExpect(status().isNotFound());
        mvc.perform(get(page())).andExpect(status().is3xxRedirection());
    }

    @Test
    void aUnitUploadsAndTheAcceptanceExpertSeesAndDownloadsIt() throws Exception {
        byte[] photo = MaterialSamples.jpeg(800, 600);

        String location = mvc.perform(upload(project, "读书沙龙.jpg", photo)
                        .header(MaterialsApiController.CAPTION_HEADER, encode("三月 读书沙龙+合影"))
                        .header(MaterialsApiController.ACTIVITY_HEADER, encode("读书沙龙"))
                        .with(unitMember()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.name").value("读书沙龙.jpg"))
                .andExpect(jsonPath("$.caption").value("三月 读书沙龙+合影"))
                .andExpect(jsonPath("$.type").value("JPEG"))
                .andExpect(jsonPath("$.uploadedBy").value("wxy-member"))
                .andReturn()
                .getResponse()
                .getHeader(HttpHeaders.LOCATION);
        Long id = only().getId();
        assertThat(location).isEqualTo(file(id));

        mvc.perform(get(page()).with(acceptanceExpert()))
                .andExpect(content().string(containsString("三月 读书沙龙+合影")))
                .andExpect(content().string(containsString(thumbnail(id))));
        // the uploader by name where the account has a profile
        TestPeople.user(identityService, "wxy-member", "文学院分工会干事");
        try {
            mvc.perform(get(page()).with(office()))
                    .andExpect(content().string(containsString("文学院分工会干事 测试（wxy-member） 上传于")));
        } finally {
            TestPeople.forget(identityService, authorizationService, "wxy-member");
        }
        mvc.perform(get(file(id)).with(acceptanceExpert()))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, "image/jpeg"))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, containsString("inline")))
                .andExpect(header().string(
                                HttpHeaders.CONTENT_DISPOSITION,
                                containsString("filename*=UTF-8''%E8%AF%BB%E4%B9%A6%E6%B2%99%E9%BE%99.jpg")))
                .andExpect(content().bytes(photo));
        mvc.perform(get(thumbnail(id)).with(acceptanceExpert()))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, "image/jpeg"));
        mvc.perform(get(file(id)).param("download", "").with(office()))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, containsString("attachment")));

        mvc.perform(get(file(id)).with(approvalExpert())).andExpect(status().isForbidden());
        mvc.perform(get(file(id)).with(viewer("lsy-member", "unit-lsy-gh"))).andExpect(status().isNotFound());
        mvc.perform(get("/app/projects/" + otherUnits.getId() + "/materials/" + id + "/file")
                        .with(admin()))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("该项目没有这份材料")));
    }

    @Test
    void aRangeRequestGetsThoseBytes() throws Exception {
        byte[] video = MaterialSamples.mp4(200_000);
        mvc.perform(upload(project, "开幕式.mp4", video).with(office())).andExpect(status().isCreated());
        Long id = only().getId();

        mvc.perform(get(file(id)).header(HttpHeaders.RANGE, "bytes=1000-1999").with(unitMember()))
                .andExpect(status().isPartialContent())
                .andExpect(header().string(HttpHeaders.CONTENT_RANGE, "bytes 1000-1999/200000"))
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, "video/mp4"))
                .andExpect(content().bytes(Arrays.copyOfRange(video, 1000, 2000)));
        mvc.perform(get(file(id)).header(HttpHeaders.RANGE, "bytes=-500").with(unitMember()))
                .andExpect(status().isPartialContent())
                .andExpect(content().bytes(Arrays.copyOfRange(video, 199_500, 200_000)));
        mvc.perform(get(file(id)).header(HttpHeaders.RANGE, "bytes=300000-").with(unitMember()))
                .andExpect(status().isRequestedRangeNotSatisfiable());
        mvc.perform(get(page()).with(unitMember()))
                .andExpect(content().string(containsString("<video controls preload=\"metadata\" src=\"" + file(id))));
    }

    @Test
    void uploadsAreRefusedInChineseForAnotherUnitsProjectAnExpertAndBadInput() throws Exception {
        byte[] pdf = MaterialSamples.pdf();

        mvc.perform(upload(otherUnits, "a.pdf", pdf).with(unitMember()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message").value("项目不存在，或您无权查看该项目。"));
        mvc.perform(upload(project, "a.pdf", pdf).with(acceptanceExpert()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.message").value("验收专家只能查看材料，不能上传。"));
        mvc.perform(upload(project, "a.jpg", MaterialSamples.exe()).with(unitMember()))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.status").value(415))
                .andExpect(jsonPath("$.message", containsString("不是允许的类型")));
        mvc.perform(upload(project, "a.pdf", new byte[0]).with(unitMember()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("“a.pdf”是空文件（0 字节），没有上传。"));
        mvc.perform(upload(project, "大.heic", MaterialSamples.heic(2 * 1024 * 1024 + 1))
                        .with(unitMember()))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.message", containsString("超过了图片的大小上限 2 MB")));
        mvc.perform(upload(project, "../../etc/passwd.pdf", pdf).with(unitMember()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", containsString("文件名不能含有路径")));
        mvc.perform(upload(project, "报告\u0001.pdf", pdf).with(unitMember()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("文件名含有控制字符，请重命名文件后再上传。"));
        mvc.perform(post("/api/projects/" + project.getId() + "/materials")
                        .header(MaterialsApiController.NAME_HEADER, "%E5%9B%BE%ZZ.pdf")
                        .content(pdf)
                        .with(csrf())
                        .with(unitMember()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("“文件名”的编码无效（应为 UTF-8 的百分号编码）。"));
        mvc.perform(post("/api/projects/" + project.getId() + "/materials")
                        .header(MaterialsApiController.NAME_HEADER, "a.pdf")
                        .content(pdf)
                        .with(unitMember()))
                .andExpect(status().isForbidden());

        assertThat(materials.list(new MaterialActor("admin", MaterialRole.ADMIN), project.getId()))
                .isEmpty();
        assertThat(materials.list(new MaterialActor("admin", MaterialRole.ADMIN), otherUnits.getId()))
                .isEmpty();
    }

    @Test
    void theUnitDeletesAnOfficeRestoresAndWhoAndWhenAreShown() throws Exception {
        mvc.perform(upload(project, "合影.png", MaterialSamples.png(60, 40)).with(unitMember()))
                .andExpect(status().isCreated());
        Long id = only().getId();
        String delete = "/app/projects/" + project.getId() + "/materials/" + id + "/delete";
        String restore = "/app/projects/" + project.getId() + "/materials/" + id + "/restore";

        mvc.perform(post(delete).with(csrf()).with(acceptanceExpert())).andExpect(status().isForbidden());
        mvc.perform(post(delete).with(csrf()).with(unitMember()))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string(HttpHeaders.LOCATION, page()));

        mvc.perform(get(file(id)).with(unitMember())).andExpect(status().isNotFound());
        mvc.perform(get(page()).with(unitMember())).andExpect(content().string(not(containsString("合影.png"))));
        mvc.perform(get(page()).with(office()))
                .andExpect(content().string(containsString("id=\"deleted-" + id + "\"")))
                .andExpect(content().string(containsString("wxy-member 20")));
        mvc.perform(post(restore).with(csrf()).with(unitMember()))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("只有校工会（妇联）可以恢复已删除的材料。")));

        mvc.perform(post(restore).with(csrf()).with(office())).andExpect(status().is3xxRedirection());

        mvc.perform(get(page()).with(unitMember()))
                .andExpect(content().string(containsString("合影.png")))
                .andExpect(content().string(containsString("gh-staff 恢复于")));
    }

    @Test
    void theProjectPagesSectionShowsThePhotosToThoseWhoMaySeeThem() throws Exception {
        mvc.perform(upload(project, "合影.jpg", MaterialSamples.jpeg(90, 60)).with(unitMember()))
                .andExpect(status().isCreated());
        Long id = only().getId();

        String forExpert = renderSection(new Viewer(EXPERT, "验收专家", Set.of("experts-union")));
        String forUnit = renderSection(new Viewer("wxy-member", "王磊", Set.of("unit-wxy-gh")));

        assertThat(forExpert)
                .contains("活动材料", "图片 1 张，视频 0 个，文档 0 份。", thumbnail(id), page())
                .doesNotContain("上传材料");
        assertThat(forUnit).contains("上传材料");
        assertThat(renderSection(new Viewer(APPROVAL_EXPERT, "立项专家", Set.of("experts-union"))))
                .doesNotContain("活动材料");
        assertThat(section.of(project, new Viewer("lsy-member", "历史", Set.of("unit-lsy-gh"))))
                .isNull();
    }

    private String renderSection(Viewer viewer) {
        MockServletContext servletContext = new MockServletContext();
        WebContext context = new WebContext(
                JakartaServletWebApplication.buildApplication(servletContext)
                        .buildExchange(new MockHttpServletRequest(servletContext), new MockHttpServletResponse()),
                Locale.SIMPLIFIED_CHINESE,
                Map.of("project", project, "viewer", viewer));
        context.setVariable(
                ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(applicationContext, null));
        return templates.process("materials/section", Set.of("section"), context);
    }

    private ProjectMaterial only() {
        return materials
                .list(new MaterialActor("admin", MaterialRole.ADMIN), project.getId())
                .get(0);
    }

    private MockHttpServletRequestBuilder upload(BrandProject target, String name, byte[] bytes) {
        return post("/api/projects/" + target.getId() + "/materials")
                .header(MaterialsApiController.NAME_HEADER, encode(name))
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .accept(MediaType.APPLICATION_JSON)
                .content(bytes)
                .with(csrf());
    }

    /** As the page's script sends a header: encodeURIComponent, which writes a space as %20. */
    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private String page() {
        return "/app/projects/" + project.getId() + "/materials";
    }

    private String file(Long id) {
        return page() + "/" + id + "/file";
    }

    private String thumbnail(Long id) {
        return page() + "/" + id + "/thumbnail";
    }

    private static RequestPostProcessor unitMember() {
        return viewer("wxy-member", "unit-wxy-gh");
    }

    private static RequestPostProcessor office() {
        return viewer("gh-staff", "union-office");
    }

    private static RequestPostProcessor admin() {
        return viewer("admin-staff", "camunda-admin");
    }

    private static RequestPostProcessor acceptanceExpert() {
        return viewer(EXPERT, "experts-union");
    }

    private static RequestPostProcessor approvalExpert() {
        return viewer(APPROVAL_EXPERT, "experts-union");
    }

    private static RequestPostProcessor viewer(String userId, String... groups) {
        return user(userId)
                .authorities(Arrays.stream(groups)
                        .map(group -> new SimpleGrantedAuthority("GROUP_" + group))
                        .toList());
    }
}
