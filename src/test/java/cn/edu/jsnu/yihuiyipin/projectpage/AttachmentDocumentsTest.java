package cn.edu.jsnu.yihuiyipin.projectpage;

import static org.assertj.core.api.Assertions.assertThat;

import cn.edu.jsnu.yihuiyipin.materials.MaterialActor;
import cn.edu.jsnu.yihuiyipin.materials.MaterialRole;
import cn.edu.jsnu.yihuiyipin.materials.MaterialUpload;
import cn.edu.jsnu.yihuiyipin.materials.ProjectMaterial;
import cn.edu.jsnu.yihuiyipin.materials.ProjectMaterials;
import cn.edu.jsnu.yihuiyipin.people.TestPeople;
import cn.edu.jsnu.yihuiyipin.project.BrandProject;
import cn.edu.jsnu.yihuiyipin.project.BrandProjectRepository;
import cn.edu.jsnu.yihuiyipin.support.WebSession;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/** 附件1 and 附件2 as Word: read back with POI and compared with the database; nobody else downloads them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AttachmentDocumentsTest {

    static final String UNIT = "doc-wxy";
    static final String OTHER_UNIT = "doc-lsy";
    static final String OFFICE = "doc-gh-office";

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identityService;

    @Autowired
    AuthorizationService authorizationService;

    @Autowired
    ProjectPageFixtures fixtures;

    @Autowired
    BrandProjectRepository projects;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    ProjectMaterials materials;

    ProjectPageFixtures.Round round;

    @BeforeEach
    void peopleAndProjects() {
        TestPeople.user(identityService, UNIT, "文学院分工会主席", "unit-wxy-gh");
        TestPeople.user(identityService, OTHER_UNIT, "历史学院分工会主席", "unit-lsy-gh");
        TestPeople.user(identityService, OFFICE, "校工会干事", "union-office");
        round = fixtures.round();
    }

    @AfterEach
    void forgetPeople() {
        TestPeople.forget(identityService, authorizationService, UNIT, OTHER_UNIT, OFFICE);
    }

    @Test
    void attachment1IsTheApplicationWithSignatureSealAndDateLines() throws IOException {
        HttpResponse<byte[]> download = signedIn(UNIT).download(path(round.own(), "attachment1.docx"));

        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).contains("wordprocessingml"));
        assertThat(download.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(disposition -> assertThat(disposition)
                        .contains("attachment")
                        .contains(java.net.URLEncoder.encode("附件1", StandardCharsets.UTF_8)));
        BrandProject stored = transaction.execute(status -> {
            BrandProject project = projects.findById(round.own().getId()).orElseThrow();
            project.getRound().getYear();
            return project;
        });
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(download.body()))) {
            String text = new XWPFWordExtractor(document).getText();
            assertThat(text)
                    .contains("附件1", "江苏师范大学“一会一品”活动项目创建申报表")
                    .contains(stored.getName(), stored.getUnit().getName(), stored.getLeader(), stored.getPhone())
                    .contains(stored.getCategory().label(), stored.getRound().getYear() + "年", "报送渠道")
                    .contains("10,000.00")
                    .contains(
                            stored.content().foundation(),
                            stored.content().goals(),
                            stored.content().plan())
                    .contains(stored.content().expectedResults())
                    .contains("单位负责人签字", "单位盖章", "年　　月　　日", "校工会审核意见", "（盖章）");
            List<XWPFTable> tables = document.getTables();
            assertThat(tables).hasSize(1);
            assertThat(tables.get(0).getRow(0).getCell(1).getText())
                    .isEqualTo(stored.getUnit().getName());
            assertThat(tables.get(0).getRow(1).getCell(1).getText()).isEqualTo(stored.getName());
        }
    }

    @Test
    void attachment2IsTheSummaryWithTheFunding() throws IOException {
        HttpResponse<byte[]> download = signedIn(OFFICE).download(path(round.own(), "attachment2.docx"));

        assertThat(download.statusCode()).isEqualTo(200);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(download.body()))) {
            String text = new XWPFWordExtractor(document).getText();
            assertThat(text)
                    .contains("附件2", "江苏师范大学“一会一品”活动项目验收总结表", "经典诵读沙龙", "文学院分工会")
                    .contains("8,000.00", "7,600.00")
                    .contains("全年开展读书沙龙八场。", "参与教职工四百余人次。", "以读促教。", "校园网报道三篇。")
                    .contains("照片、签到表。", "达到预期目标。")
                    .contains("已上传材料", "未上传材料")
                    .contains("单位负责人签字", "单位盖章", "年　　月　　日", "校工会验收意见");
        }
    }

    @Test
    void attachment2ListsTheUploadedMaterialsThatWereKept() throws IOException {
        MaterialActor office = new MaterialActor(OFFICE, MaterialRole.OFFICE);
        Long project = round.own().getId();
        upload(office, project, "读书沙龙合影.png", "三月读书沙龙合影", "读书沙龙");
        ProjectMaterial withdrawn = upload(office, project, "传错的照片.png", "不该上传的", null);
        materials.delete(office, project, withdrawn.getId());
        upload(office, project, "签到表.png", null, "读书沙龙");

        HttpResponse<byte[]> download = signedIn(UNIT).download(path(round.own(), "attachment2.docx"));

        assertThat(download.statusCode()).isEqualTo(200);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(download.body()))) {
            String text = new XWPFWordExtractor(document).getText();
            assertThat(text)
                    .contains("已上传材料", "共 2 件")
                    .contains("1. 图片：读书沙龙合影.png（", "），三月读书沙龙合影；活动：读书沙龙；")
                    .contains("2. 图片：签到表.png（")
                    .doesNotContain("传错的照片.png", "不该上传的", OFFICE);
        }
    }

    private ProjectMaterial upload(MaterialActor actor, Long project, String name, String caption, String activity)
            throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(40 + name.length(), 30, BufferedImage.TYPE_INT_RGB), "png", png);
        byte[] bytes = png.toByteArray();
        return materials.upload(
                actor,
                project,
                new MaterialUpload(name, caption, activity, bytes.length),
                new ByteArrayInputStream(bytes));
    }

    @Test
    void nobodyElseDownloadsAndMissingFormsAreNotFound() {
        WebSession stranger = signedIn(OTHER_UNIT);
        for (String document : List.of("attachment1.docx", "attachment2.docx")) {
            HttpResponse<String> refused = stranger.get(path(round.own(), document));
            assertThat(refused.statusCode()).as(document).isEqualTo(404);
            assertThat(refused.body()).as(document).contains("项目不存在，或您无权查看该项目。");
        }
        assertThat(new WebSession(port)
                        .download(path(round.own(), "attachment1.docx"))
                        .statusCode())
                .isEqualTo(302);

        WebSession office = signedIn(OFFICE);
        HttpResponse<String> noSummary = office.get(path(round.sameChannel(), "attachment2.docx"));
        assertThat(noSummary.statusCode()).isEqualTo(404);
        assertThat(noSummary.body()).contains("该项目尚未提交验收总结表（附件2）。");
        assertThat(office.get("/app/projects/0/attachment1.docx").statusCode()).isEqualTo(404);
        assertThat(office.get("/app/projects/x/attachment1.docx").statusCode()).isEqualTo(400);
    }

    private WebSession signedIn(String user) {
        WebSession session = new WebSession(port);
        assertThat(session.signIn(user, TestPeople.password(user)).statusCode()).isEqualTo(302);
        return session;
    }

    private static String path(BrandProject project, String document) {
        return "/app/projects/" + project.getId() + "/" + document;
    }
}
