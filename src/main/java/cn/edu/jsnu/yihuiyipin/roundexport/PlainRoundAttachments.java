package cn.edu.jsnu.yihuiyipin.roundexport;

import cn.edu.jsnu.yihuiyipin.cultivation.ProjectSummaryRepository;
import cn.edu.jsnu.yihuiyipin.cultivation.SummaryContent;
import cn.edu.jsnu.yihuiyipin.project.ApplicationContent;
import cn.edu.jsnu.yihuiyipin.project.BrandProject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.springframework.stereotype.Component;

/**
 * 附件1 and 附件2 as plain Word documents: a title and a two-column table of what the unit wrote, with
 * the signature, seal and date lines at the end.
 */
@Component
class PlainRoundAttachments implements RoundAttachments {

    private final ProjectSummaryRepository summaries;

    PlainRoundAttachments(ProjectSummaryRepository summaries) {
        this.summaries = summaries;
    }

    @Override
    public byte[] attachment1(BrandProject project) {
        ApplicationContent content = project.content();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("申报单位", project.getUnit().getName());
        fields.put("项目名称", text(content.name()));
        fields.put("项目类别", content.category() == null ? "" : content.category().label());
        fields.put("项目负责人", text(content.leader()));
        fields.put("联系电话", text(content.phone()));
        fields.put("工作基础", text(content.foundation()));
        fields.put("建设目标", text(content.goals()));
        fields.put("实施计划", text(content.plan()));
        fields.put("预期成果", text(content.expectedResults()));
        fields.put("申请经费（元）", money(content.requestedBudget()));
        fields.put("品牌延续", content.continuesBrand() ? "是" : "否");
        return document("附件1  “一会一品”活动品牌项目创建申报表", project.getRound().getYear() + " 年度", fields);
    }

    @Override
    public Optional<byte[]> attachment2(BrandProject project) {
        return summaries.findByProjectId(project.getId()).map(summary -> {
            SummaryContent content = summary.content();
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("单位", project.getUnit().getName());
            fields.put("项目名称", text(project.getName()));
            fields.put("实施情况", text(content.implementation()));
            fields.put("建设成效", text(content.results()));
            fields.put("经验做法", text(content.experience()));
            fields.put("宣传报道", text(content.publicity()));
            fields.put("经费使用（元）", money(content.fundingUsed()));
            fields.put("佐证材料", text(content.materials()));
            fields.put("自评", text(content.selfAssessment()));
            return document("附件2  “一会一品”活动品牌项目验收总结表", project.getRound().getYear() + " 年度", fields);
        });
    }

    private static byte[] document(String title, String subtitle, Map<String, String> fields) {
        try (XWPFDocument document = new XWPFDocument();
                ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            XWPFParagraph heading = document.createParagraph();
            heading.setAlignment(ParagraphAlignment.CENTER);
            XWPFRun headingRun = heading.createRun();
            headingRun.setBold(true);
            headingRun.setFontSize(16);
            headingRun.setText(title);
            document.createParagraph().createRun().setText(subtitle);
            XWPFTable table = document.createTable(fields.size(), 2);
            int row = 0;
            for (Map.Entry<String, String> field : fields.entrySet()) {
                table.getRow(row).getCell(0).setText(field.getKey());
                table.getRow(row).getCell(1).setText(field.getValue());
                row++;
            }
            document.createParagraph().createRun().setText("单位负责人签字：                    单位盖章：");
            XWPFParagraph date = document.createParagraph();
            date.setAlignment(ParagraphAlignment.RIGHT);
            date.createRun().setText("年    月    日");
            document.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String money(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
