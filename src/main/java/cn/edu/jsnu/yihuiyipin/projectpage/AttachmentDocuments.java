package cn.edu.jsnu.yihuiyipin.projectpage;

import cn.edu.jsnu.yihuiyipin.cultivation.ProjectSummaryRepository;
import cn.edu.jsnu.yihuiyipin.cultivation.SummaryContent;
import cn.edu.jsnu.yihuiyipin.materials.MaterialsInventory;
import cn.edu.jsnu.yihuiyipin.project.BrandProject;
import cn.edu.jsnu.yihuiyipin.project.BrandProjectRepository;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 附件1 项目创建申报表 and 附件2 项目验收总结表 of one project as Word documents, laid out like the
 * union's printed forms: a bordered table of the content, then the unit's 单位负责人签字、单位盖章、年 月 日
 * and the office's opinion with its seal and date, to be signed and stamped on paper.
 */
@Service
public class AttachmentDocuments {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static final String BODY_FONT = "宋体";
    private static final String TITLE_FONT = "黑体";

    private final BrandProjectRepository projects;
    private final ProjectSummaryRepository summaries;
    private final MaterialsInventory materials;

    AttachmentDocuments(
            BrandProjectRepository projects, ProjectSummaryRepository summaries, MaterialsInventory materials) {
        this.projects = projects;
        this.summaries = summaries;
        this.materials = materials;
    }

    /** Whether the unit submitted 附件2 (the page offers the download only then). */
    @Transactional(readOnly = true)
    public boolean hasSummary(BrandProject project) {
        return summaries.findByProjectId(project.getId()).isPresent();
    }

    /** 附件1 江苏师范大学“一会一品”活动项目创建申报表. */
    @Transactional(readOnly = true)
    public byte[] attachment1(BrandProject project) {
        BrandProject p = projects.findById(project.getId()).orElseThrow();
        List<Row> rows = new ArrayList<>();
        rows.add(Row.pair("申报单位", p.getUnit().getName(), "创建年度", p.getRound().getYear() + "年"));
        rows.add(Row.wide("项目名称", p.getName()));
        rows.add(Row.pair(
                "项目类别",
                p.getCategory() == null ? "" : p.getCategory().label(),
                "报送渠道",
                p.getChannel().label()));
        rows.add(Row.pair("项目负责人", p.getLeader(), "联系电话", p.getPhone()));
        rows.add(Row.pair(
                "申请建设经费（元）", money(p.getRequestedBudget()), "延续往年品牌", p.isContinuesBrand() ? "是（常态化建设）" : "否"));
        rows.add(Row.tall("工作基础", p.content().foundation()));
        rows.add(Row.tall("创建目标", p.content().goals()));
        rows.add(Row.tall("实施方案", p.content().plan()));
        rows.add(Row.tall("预期成果", p.content().expectedResults()));
        rows.add(Row.unitSignature());
        rows.add(Row.officeOpinion(p.getChannel().label() + "审核意见", ""));
        return document("附件1", "江苏师范大学“一会一品”活动项目创建申报表", rows);
    }

    /** 附件2 江苏师范大学“一会一品”活动项目验收总结表; the summary's rows stay empty until the unit submits it. */
    @Transactional(readOnly = true)
    public byte[] attachment2(BrandProject project) {
        BrandProject p = projects.findById(project.getId()).orElseThrow();
        SummaryContent s = summaries
                .findByProjectId(p.getId())
                .map(summary -> summary.content())
                .orElse(new SummaryContent(null, null, null, null, null, null, null));
        List<Row> rows = new ArrayList<>();
        rows.add(Row.pair("申报单位", p.getUnit().getName(), "创建年度", p.getRound().getYear() + "年"));
        rows.add(Row.wide("项目名称", p.getName()));
        rows.add(Row.pair("项目负责人", p.getLeader(), "联系电话", p.getPhone()));
        rows.add(Row.pair("核定建设经费（元）", money(p.getApprovedFunding()), "实际使用经费（元）", money(s.fundingUsed())));
        rows.add(Row.tall("项目实施情况", s.implementation()));
        rows.add(Row.tall("取得的成效", s.results()));
        rows.add(Row.tall("经验做法", s.experience()));
        rows.add(Row.tall("宣传报道情况", s.publicity()));
        rows.add(Row.tall("佐证材料", s.materials()));
        rows.add(Row.wide("已上传材料", uploaded(p)));
        rows.add(Row.tall("自我评价", s.selfAssessment()));
        rows.add(Row.unitSignature());
        rows.add(Row.officeOpinion(p.getChannel().label() + "验收意见", acceptance(p)));
        return document("附件2", "江苏师范大学“一会一品”活动项目验收总结表", rows);
    }

    /** What the unit and the office uploaded (the experts saw the same from 验收评审), numbered. */
    private String uploaded(BrandProject project) {
        List<String> lines = materials.lines(project.getId());
        if (lines.isEmpty()) {
            return "未上传材料";
        }
        StringBuilder text = new StringBuilder("共 " + lines.size() + " 件");
        for (int i = 0; i < lines.size(); i++) {
            text.append('\n').append(i + 1).append(". ").append(lines.get(i));
        }
        return text.toString();
    }

    private static String acceptance(BrandProject p) {
        if (p.getAcceptancePassed() == null) {
            return "";
        }
        String result = p.getAcceptancePassed() ? "验收通过" : "验收未通过";
        return p.getAcceptanceScore() == null ? result : "验收得分 " + p.getAcceptanceScore() + " 分，" + result + "。";
    }

    private static String money(BigDecimal amount) {
        return amount == null ? "" : String.format("%,.2f", amount);
    }

    /** One row of the form: a label and its value, two pairs side by side, or a signature block. */
    private record Row(String label, String value, String label2, String value2, int minLines, String signature) {

        static Row pair(String label, String value, String label2, String value2) {
            return new Row(label, value, label2, value2, 1, null);
        }

        static Row wide(String label, String value) {
            return new Row(label, value, null, null, 1, null);
        }

        static Row tall(String label, String value) {
            return new Row(label, value, null, null, 5, null);
        }

        /** The unit's confirmation: its chairman signs, the unit stamps, and dates. */
        static Row unitSignature() {
            return new Row("基层工会（妇联）意见", "", null, null, 3, "单位负责人签字：　　　　　　　　　单位盖章：　　　　　　");
        }

        static Row officeOpinion(String label, String text) {
            return new Row(label, text, null, null, 3, "（盖章）　　　　　　");
        }
    }

    private static byte[] document(String attachment, String title, List<Row> rows) {
        try (XWPFDocument document = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph mark = document.createParagraph();
            text(mark.createRun(), attachment, TITLE_FONT, 12, false);
            XWPFParagraph heading = document.createParagraph();
            heading.setAlignment(ParagraphAlignment.CENTER);
            heading.setSpacingAfter(200);
            text(heading.createRun(), title, TITLE_FONT, 16, true);

            XWPFTable table = document.createTable(1, 4);
            table.setWidth("100%");
            for (int i = 0; i < rows.size(); i++) {
                fill(i == 0 ? table.getRow(0) : table.createRow(), rows.get(i));
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void fill(XWPFTableRow row, Row content) {
        cell(row.getCell(0), content.label(), 1, "18%", null);
        if (content.label2() != null) {
            cell(row.getCell(1), content.value(), 1, "32%", null);
            cell(row.getCell(2), content.label2(), 1, "18%", null);
            cell(row.getCell(3), content.value2(), 1, "32%", null);
            return;
        }
        row.removeCell(3);
        row.removeCell(2);
        XWPFTableCell value = row.getCell(1);
        value.getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(3));
        cell(value, content.value(), content.minLines(), "82%", content.signature());
    }

    private static void cell(XWPFTableCell cell, String text, int minLines, String width, String signature) {
        cell.setWidth(width);
        XWPFParagraph paragraph = cell.getParagraphs().get(0);
        String[] lines = text == null || text.isEmpty() ? new String[0] : text.split("\\R", -1);
        XWPFRun run = paragraph.createRun();
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], run.getCTR().sizeOfTArray());
        }
        style(run, BODY_FONT, 11, false);
        for (int i = lines.length; i < minLines; i++) {
            run.addBreak();
        }
        if (signature != null) {
            XWPFParagraph sign = cell.addParagraph();
            sign.setAlignment(ParagraphAlignment.RIGHT);
            text(sign.createRun(), signature, BODY_FONT, 11, false);
            XWPFParagraph date = cell.addParagraph();
            date.setAlignment(ParagraphAlignment.RIGHT);
            text(date.createRun(), "年　　月　　日　　", BODY_FONT, 11, false);
        }
    }

    private static void text(XWPFRun run, String text, String font, int size, boolean bold) {
        run.setText(text);
        style(run, font, size, bold);
    }

    private static void style(XWPFRun run, String font, int size, boolean bold) {
        run.setFontFamily(font);
        run.setFontSize(size);
        run.setBold(bold);
    }
}
