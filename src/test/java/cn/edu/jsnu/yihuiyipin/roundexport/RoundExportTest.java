package cn.edu.jsnu.yihuiyipin.roundexport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.edu.jsnu.yihuiyipin.cultivation.ProjectSummary;
import cn.edu.jsnu.yihuiyipin.cultivation.ProjectSummaryRepository;
import cn.edu.jsnu.yihuiyipin.cultivation.SummaryContent;
import cn.edu.jsnu.yihuiyipin.project.AwardTier;
import cn.edu.jsnu.yihuiyipin.project.BrandProject;
import cn.edu.jsnu.yihuiyipin.project.BrandProjectRepository;
import cn.edu.jsnu.yihuiyipin.project.BrandRound;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatus;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatusService;
import cn.edu.jsnu.yihuiyipin.support.TestRounds;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The round's Excel lists and ZIP: read back, checked against the database, and only for their channel. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class RoundExportTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestRounds testRounds;

    @Autowired
    BrandProjectRepository projects;

    @Autowired
    ProjectStatusService projectStatus;

    @Autowired
    ProjectSummaryRepository summaries;

    BrandRound round;

    /** 校工会: two approved (one awarded 二等奖, one rejected); 校妇联: one awarded 一等奖. */
    @BeforeEach
    void aRound() {
        round = testRounds.newRound();
        BrandProject reading = testRounds.publishedProject(round, "wxy-gh", "书香文苑读书会");
        reading.setApprovedFunding(new BigDecimal("8500.50"));
        reading.recordAward(AwardTier.SECOND.name(), new BigDecimal("3000.00"), null);
        projectStatus.changeStatus(reading, ProjectStatus.AWARDED, "二等奖");
        ProjectSummary summary = new ProjectSummary(reading.getId());
        summary.record(
                new SummaryContent("按计划开展读书沙龙", "形成读书品牌", "经验", "校报报道", new BigDecimal("8000.00"), "照片", "优秀"),
                LocalDateTime.of(round.getYear(), 12, 1, 9, 0));
        summaries.save(summary);
        testRounds.publishedProject(round, "lsy-gh", "行走的历史课");
        BrandProject rejected = testRounds.approvedProject(round, "jsj-gh", "代码工坊");
        rejected.setApprovedFunding(null);
        projectStatus.changeStatus(rejected, ProjectStatus.REJECTED, "不予立项");
        BrandProject women = testRounds.publishedProject(round, "wxy-fw", "巾帼书香");
        women.recordAward(AwardTier.FIRST.name(), new BigDecimal("5000.00"), null);
        projectStatus.changeStatus(women, ProjectStatus.AWARDED, "一等奖");
    }

    @Test
    void theOfficesApprovedListIsItsChannelsAndItsTotalTheDatabases() throws Exception {
        Workbook workbook = workbook(as("union-office", get(url("approved.xlsx"))));

        assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
        Sheet sheet = workbook.getSheet("校工会");
        assertThat(sheet.getColumnWidth(2))
                .as("set after the rows (RoundListWorkbooks)")
                .isEqualTo(18 * 256);
        Map<String, Double> funding = new LinkedHashMap<>();
        int last = sheet.getLastRowNum();
        for (int r = 2; r < last; r++) {
            Row row = sheet.getRow(r);
            funding.put(row.getCell(2).getStringCellValue(), row.getCell(7).getNumericCellValue());
        }
        assertThat(funding).containsOnlyKeys("书香文苑读书会", "行走的历史课");
        assertThat(funding.get("书香文苑读书会")).isEqualTo(8500.50);
        BigDecimal database = projects.findByRoundIdOrderById(round.getId()).stream()
                .filter(p -> p.getChannel().name().equals("UNION") && p.getApprovedFunding() != null)
                .map(BrandProject::getApprovedFunding)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        Row total = sheet.getRow(last);
        assertThat(total.getCell(0).getStringCellValue()).isEqualTo("合计");
        assertThat(BigDecimal.valueOf(total.getCell(7).getNumericCellValue())).isEqualByComparingTo(database);
        assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                .contains(round.getYear() + " 年度")
                .contains("立项名单及建设经费");
    }

    @Test
    void theAdminsAwardListHasASheetPerChannelBestTierFirst() throws Exception {
        Workbook workbook = workbook(as("camunda-admin", get(url("awards.xlsx"))));

        assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
        Sheet union = workbook.getSheet("校工会");
        assertThat(union.getLastRowNum()).isEqualTo(3);
        assertThat(union.getRow(2).getCell(1).getStringCellValue()).isEqualTo("二等奖");
        assertThat(union.getRow(2).getCell(3).getStringCellValue()).isEqualTo("书香文苑读书会");
        assertThat(union.getRow(3).getCell(6).getNumericCellValue()).isEqualTo(3000.00);
        Sheet women = workbook.getSheet("校妇联");
        assertThat(women.getRow(2).getCell(1).getStringCellValue()).isEqualTo("一等奖");
        assertThat(women.getRow(3).getCell(6).getNumericCellValue()).isEqualTo(5000.00);
    }

    @Test
    void theZipHoldsEveryApplicationsAttachments() throws Exception {
        byte[] zip = mvc.perform(as("union-office", get(url("attachments.zip"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        Map<String, String> documents = new LinkedHashMap<>();
        try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(entries.readAllBytes()));
                        XWPFWordExtractor text = new XWPFWordExtractor(document)) {
                    documents.put(entry.getName(), text.getText());
                }
            }
        }
        assertThat(documents)
                .containsOnlyKeys(
                        "校工会/文学院分工会-附件1-项目创建申报表.docx",
                        "校工会/文学院分工会-附件2-项目验收总结表.docx",
                        "校工会/历史文化与旅游学院分工会-附件1-项目创建申报表.docx",
                        "校工会/计算机科学与技术学院分工会-附件1-项目创建申报表.docx");
        assertThat(documents.get("校工会/文学院分工会-附件1-项目创建申报表.docx"))
                .contains("书香文苑读书会")
                .contains("单位负责人签字")
                .contains("单位盖章")
                .contains("年　　月　　日");
        assertThat(documents.get("校工会/文学院分工会-附件2-项目验收总结表.docx")).contains("按计划开展读书沙龙");
    }

    @Test
    void othersChannelsAndForgedParametersAreRefusedInChinese() throws Exception {
        List<String> exports = List.of("approved.xlsx", "awards.xlsx", "attachments.zip");
        for (String export : exports) {
            mvc.perform(as("union-office", get(url(export) + "?channel=WOMEN")))
                    .andExpect(status().isForbidden())
                    .andExpect(content().string(containsString("您无权查看校妇联")));
            for (String group : List.of("unit-wxy-gh", "experts-union")) {
                mvc.perform(as(group, get(url(export)))).andExpect(status().isForbidden());
            }
            mvc.perform(as("camunda-admin", get("/app/rounds/2001/" + export)))
                    .andExpect(status().isNotFound())
                    .andExpect(content().string(containsString("尚无活动")));
            mvc.perform(as("camunda-admin", get(url(export) + "?channel=x"))).andExpect(status().isBadRequest());
            mvc.perform(as("camunda-admin", get("/app/rounds/x/" + export))).andExpect(status().isBadRequest());
            mvc.perform(get(url(export))).andExpect(status().is3xxRedirection());
        }
        // the two lists share one address pattern; no other list answers
        mvc.perform(as("camunda-admin", get(url("budget.xlsx"))))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("页面不存在")));
    }

    private String url(String export) {
        return "/app/rounds/" + round.getYear() + "/" + export;
    }

    private Workbook workbook(MockHttpServletRequestBuilder request) throws Exception {
        byte[] bytes = mvc.perform(request)
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    private static MockHttpServletRequestBuilder as(String group, MockHttpServletRequestBuilder request) {
        return request.with(user("viewer-" + group).authorities(new SimpleGrantedAuthority("GROUP_" + group)));
    }
}
