package cn.edu.jsnu.yihuiyipin.ledger;

import static cn.edu.jsnu.yihuiyipin.ledger.LedgerAccessTest.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.edu.jsnu.yihuiyipin.people.TestPeople;
import cn.edu.jsnu.yihuiyipin.project.BrandProjectRepository;
import cn.edu.jsnu.yihuiyipin.support.TestRounds;
import cn.edu.jsnu.yihuiyipin.support.WebSession;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The ledger's Excel: per role only its projects, read back with POI and checked against the database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LedgerExportTest {

    static final String UNIT_USER = "ledger-export-wxy";

    @LocalServerPort
    int port;

    @Autowired
    WebApplicationContext context;

    @Autowired
    TestRounds rounds;

    @Autowired
    BrandProjectRepository projects;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    IdentityService identityService;

    @Autowired
    AuthorizationService authorizationService;

    MockMvc mvc;
    LedgerFixture data;

    @BeforeEach
    void projects() {
        if (data == null) {
            mvc = MockMvcBuilders.webAppContextSetup(context)
                    .apply(springSecurity())
                    .build();
            data = new LedgerFixture(rounds, projects);
            TestPeople.user(identityService, UNIT_USER, "文学院分工会", "unit-wxy-gh");
        }
    }

    @AfterAll
    void forgetPeople() {
        TestPeople.forget(identityService, authorizationService, UNIT_USER);
    }

    @Test
    void theOfficeExportsItsChannelWithTotalsEqualToTheDatabase() throws Exception {
        Sheet sheet = download("/app/projects.xlsx?year=" + data.first.getYear(), as("o1", "union-office"));

        assertThat(names(sheet)).containsExactlyInAnyOrder(data.wxy.getName(), data.jg.getName());
        Row total = sheet.getRow(sheet.getLastRowNum());
        assertThat(total.getCell(0).getStringCellValue()).isEqualTo("合计（2 个项目）");
        assertThat(BigDecimal.valueOf(
                        total.getCell(LedgerWorkbook.APPROVED_COLUMN).getNumericCellValue()))
                .isEqualByComparingTo(databaseSum("approved_funding", data.first.getYear(), "UNION"));
        assertThat(BigDecimal.valueOf(
                        total.getCell(LedgerWorkbook.REQUESTED_COLUMN).getNumericCellValue()))
                .isEqualByComparingTo(databaseSum("requested_budget", data.first.getYear(), "UNION"));
        Row first = sheet.getRow(1);
        assertThat(first.getCell(0).getStringCellValue()).isEqualTo(String.valueOf(data.first.getYear()));
        assertThat(first.getCell(2).getStringCellValue()).isEqualTo("校工会");
        assertThat(first.getCell(6).getStringCellValue()).isEqualTo("立项已公布");
    }

    @Test
    void theExportFollowsTheFiltersAndTheOrder() throws Exception {
        String year = "?year=" + data.first.getYear();

        assertThat(names(download("/app/projects.xlsx" + year + "&sort=approved&dir=asc", as("a", "camunda-admin"))))
                .containsExactly(data.jg.getName(), data.wgyWomen.getName(), data.wxy.getName());
        assertThat(names(download("/app/projects.xlsx" + year + "&category=IDEOLOGY", as("a", "camunda-admin"))))
                .containsExactly(data.jg.getName());
        Sheet none = download("/app/projects.xlsx" + year + "&channel=UNION", as("o2", "women-office"));
        assertThat(names(none)).isEmpty();
        assertThat(none.getRow(1).getCell(0).getStringCellValue()).isEqualTo("合计（0 个项目）");
    }

    @Test
    void aUnitExportsOnlyItsOwnProjects() throws Exception {
        List<String> names = names(download("/app/projects.xlsx", as("u", "unit-wxy-gh")));

        assertThat(names).contains(data.wxy.getName(), data.wxyContinued.getName());
        assertThat(names).doesNotContain(data.jg.getName(), data.wgyWomen.getName());
    }

    @Test
    void badFiltersAreRefusedBeforeAFileIsWritten() throws Exception {
        MvcResult result = mvc.perform(
                        get("/app/projects.xlsx").param("status", "GONE").with(as("a", "camunda-admin")))
                .andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(result.getResponse().getContentType()).startsWith("text/html");
        assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("状态“GONE”不存在");
    }

    @Test
    void overHttpTheFileIsAnAttachmentWithAChineseName() throws IOException {
        WebSession browser = new WebSession(port);
        browser.signIn(UNIT_USER, TestPeople.password(UNIT_USER));

        HttpResponse<byte[]> file = browser.download("/app/projects.xlsx?year=" + data.first.getYear());

        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type")).hasValue(LedgerController.XLSX);
        assertThat(file.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(
                        header -> assertThat(header).contains("attachment").contains("UTF-8''"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
            assertThat(names(workbook.getSheet(LedgerWorkbook.SHEET))).containsExactly(data.wxy.getName());
        }
        assertThat(new WebSession(port).download("/app/projects.xlsx").statusCode())
                .isEqualTo(302);
    }

    Sheet download(String url, RequestPostProcessor who) throws Exception {
        MvcResult result = mvc.perform(get(url).with(who)).andReturn();
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
        assertThat(result.getResponse().getContentType()).isEqualTo(LedgerController.XLSX);
        try (XSSFWorkbook workbook =
                new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(4).getStringCellValue())
                    .isEqualTo("项目名称");
            // the unit and project name columns are wide enough to read (set after the rows, LedgerWorkbook)
            assertThat(workbook.getSheetAt(0).getColumnWidth(4)).isEqualTo(24 * 256);
            assertThat(workbook.getSheetAt(0).getColumnWidth(6)).isEqualTo(12 * 256);
            return workbook.getSheet(LedgerWorkbook.SHEET);
        }
    }

    /** The project names between the header and the 合计 row. */
    static List<String> names(Sheet sheet) {
        List<String> names = new ArrayList<>();
        for (int i = 1; i < sheet.getLastRowNum(); i++) {
            names.add(sheet.getRow(i).getCell(4).getStringCellValue());
        }
        return names;
    }

    BigDecimal databaseSum(String column, int year, String channel) {
        return jdbc.queryForObject(
                "select coalesce(sum(p." + column + "), 0) from brand_project p"
                        + " join brand_round r on r.id = p.round_id where r.round_year = ? and p.channel = ?",
                BigDecimal.class,
                year,
                channel);
    }
}
