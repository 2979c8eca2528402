package cn.edu.jsnu.yihuiyipin.roundexport;

import cn.edu.jsnu.yihuiyipin.dashboard.RoundStage;
import cn.edu.jsnu.yihuiyipin.project.AwardTier;
import cn.edu.jsnu.yihuiyipin.project.BrandProject;
import cn.edu.jsnu.yihuiyipin.project.BrandRound;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatus;
import cn.edu.jsnu.yihuiyipin.unit.Channel;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The two Excel lists of a round, one sheet per channel: 立项名单及建设经费 and 表彰名单. Written with
 * SXSSF (rows stream to disk), totals as plain numbers summed from the same rows, so the file's total is
 * the database's.
 */
@Service
public class RoundListWorkbooks {

    /** Ranked projects: the tier is set when the awards are ranked, published when the round closes. */
    static final Set<ProjectStatus> RANKED = Set.of(ProjectStatus.PASSED, ProjectStatus.AWARDED);

    private static final int WINDOW = 100;

    /** The query's order: the units' order of the programme. */
    private static final Comparator<BrandProject> UNIT_ORDER = (a, b) -> 0;

    private final RoundExportQueries queries;

    RoundListWorkbooks(RoundExportQueries queries) {
        this.queries = queries;
    }

    @Transactional(readOnly = true)
    public void approvedList(BrandRound round, List<Channel> channels, OutputStream out) throws IOException {
        List<Column> columns = List.of(
                new Column("单位", p -> p.getUnit().getName()),
                new Column("项目名称", BrandProject::getName),
                new Column(
                        "类别",
                        p -> p.getCategory() == null ? "" : p.getCategory().label()),
                new Column("项目负责人", BrandProject::getLeader),
                new Column("申请经费（元）", BrandProject::getRequestedBudget),
                new Column("评审得分", BrandProject::getReviewScore),
                new Column("核定建设经费（元）", BrandProject::getApprovedFunding),
                new Column("状态", p -> p.getStatus().label()));
        write(
                round,
                channels,
                out,
                "立项名单及建设经费",
                columns,
                Set.of(4, 6),
                RoundStage.approvedStatuses(),
                p -> true,
                UNIT_ORDER);
    }

    @Transactional(readOnly = true)
    public void awardList(BrandRound round, List<Channel> channels, OutputStream out) throws IOException {
        List<Column> columns = List.of(
                new Column(
                        "表彰等次",
                        p -> AwardTier.parse(p.getAwardTier())
                                .map(AwardTier::label)
                                .orElse(p.getAwardTier())),
                new Column("单位", p -> p.getUnit().getName()),
                new Column("项目名称", BrandProject::getName),
                new Column(
                        "类别",
                        p -> p.getCategory() == null ? "" : p.getCategory().label()),
                new Column("验收得分", BrandProject::getAcceptanceScore),
                new Column("奖励金额（元）", BrandProject::getAwardAmount),
                new Column("推荐参评市级", p -> p.isCityRecommended() ? "是" : "否"),
                new Column("状态", p -> p.getStatus() == ProjectStatus.AWARDED ? "已发布" : "已评定，待发布"));
        Comparator<BrandProject> bestFirst = Comparator.comparing(
                p -> AwardTier.parse(p.getAwardTier()).map(Enum::ordinal).orElse(Integer.MAX_VALUE));
        write(round, channels, out, "表彰名单", columns, Set.of(5), RANKED, p -> p.getAwardTier() != null, bestFirst);
    }

    private void write(
            BrandRound round,
            List<Channel> channels,
            OutputStream out,
            String listName,
            List<Column> columns,
            Set<Integer> summed,
            Set<ProjectStatus> statuses,
            Predicate<BrandProject> included,
            Comparator<BrandProject> order)
            throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        try {
            Styles styles = new Styles(workbook);
            for (Channel channel : channels) {
                List<BrandProject> projects = queries.inStatuses(round.getId(), channel, statuses).stream()
                        .filter(included)
                        .sorted(order)
                        .toList();
                Sheet sheet = workbook.createSheet(channel.label());
                Row title = sheet.createRow(0);
                cell(
                        title,
                        0,
                        round.getYear() + " 年度“一会一品”活动品牌" + listName + "（" + channel.label() + "）",
                        styles.title);
                sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns.size()));
                Row header = sheet.createRow(1);
                cell(header, 0, "序号", styles.header);
                for (int c = 0; c < columns.size(); c++) {
                    cell(header, c + 1, columns.get(c).title(), styles.header);
                }
                BigDecimal[] totals = new BigDecimal[columns.size()];
                int r = 2;
                for (BrandProject project : projects) {
                    Row row = sheet.createRow(r);
                    row.createCell(0).setCellValue(r - 1);
                    for (int c = 0; c < columns.size(); c++) {
                        Object value = columns.get(c).value().apply(project);
                        cell(row, c + 1, value, value instanceof BigDecimal ? styles.money : null);
                        if (summed.contains(c) && value instanceof BigDecimal amount) {
                            totals[c] = totals[c] == null ? amount : totals[c].add(amount);
                        }
                    }
                    r++;
                }
                Row total = sheet.createRow(r);
                cell(total, 0, "合计", styles.header);
                cell(total, 1, projects.size() + " 项", styles.header);
                for (int c : summed) {
                    cell(total, c + 1, totals[c] == null ? BigDecimal.ZERO : totals[c], styles.money);
                }
                // widths only now: while a sheet has column definitions, POI searches them for every new cell
                for (int c = 0; c < columns.size(); c++) {
                    sheet.setColumnWidth(c + 1, 18 * 256);
                }
            }
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    private static void cell(Row row, int column, Object value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (value instanceof BigDecimal number) {
            cell.setCellValue(number.doubleValue());
        } else if (value != null) {
            cell.setCellValue(value.toString());
        }
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /** A column: its header and how a project fills it (a BigDecimal becomes a number cell). */
    private record Column(String title, Function<BrandProject, Object> value) {}

    private static final class Styles {

        final CellStyle title;
        final CellStyle header;
        final CellStyle money;

        Styles(SXSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            title = workbook.createCellStyle();
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title.setFont(big);
            header = workbook.createCellStyle();
            header.setFont(bold);
            money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
        }
    }
}
