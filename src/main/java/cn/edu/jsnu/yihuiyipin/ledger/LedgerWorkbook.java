package cn.edu.jsnu.yihuiyipin.ledger;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The ledger as an .xlsx sheet: a header, one row per project, a 合计 row of the two money columns.
 * SXSSF keeps only a window of rows in memory and writes the rest to a temporary file, so a round of
 * any size costs the same memory; the temporary file is deleted when the workbook closes.
 */
final class LedgerWorkbook implements AutoCloseable {

    /** Rows kept in memory; older rows are flushed to the temporary file. */
    private static final int WINDOW = 100;

    static final String SHEET = "项目台账";

    private static final List<Column> COLUMNS = List.of(
            text("年度", row -> String.valueOf(row.year())),
            text("单位", LedgerRow::unitName),
            text("渠道", LedgerRow::channelLabel),
            text("类别", LedgerRow::categoryLabel),
            text("项目名称", LedgerRow::name),
            text("负责人", LedgerRow::leader),
            text("状态", LedgerRow::statusLabel),
            number("申请经费（元）", LedgerRow::requestedBudget),
            number("核定经费（元）", LedgerRow::approvedFunding),
            number("评审得分", LedgerRow::reviewScore),
            number("验收得分", LedgerRow::acceptanceScore),
            text("验收结果", LedgerRow::acceptanceLabel),
            text("表彰等次", LedgerRow::awardLabel),
            number("奖励金额（元）", LedgerRow::awardAmount),
            text("市级推荐", row -> row.cityRecommended() ? "是" : ""),
            text("品牌延续", row -> row.continuesBrand() ? "持续建设" : ""));

    static final int REQUESTED_COLUMN = 7;
    static final int APPROVED_COLUMN = 8;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final SXSSFSheet sheet;
    private final CellStyle money;
    private final CellStyle bold;
    private int nextRow;
    private BigDecimal requestedTotal = BigDecimal.ZERO;
    private BigDecimal approvedTotal = BigDecimal.ZERO;

    LedgerWorkbook() {
        workbook.setCompressTempFiles(true);
        sheet = workbook.createSheet(SHEET);
        money = workbook.createCellStyle();
        money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
        Font boldFont = workbook.createFont();
        boldFont.setBold(true);
        bold = workbook.createCellStyle();
        bold.setFont(boldFont);
        Row header = sheet.createRow(nextRow++);
        for (int i = 0; i < COLUMNS.size(); i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(COLUMNS.get(i).title());
            cell.setCellStyle(bold);
        }
        sheet.createFreezePane(0, 1);
    }

    void add(LedgerRow row) {
        Row line = sheet.createRow(nextRow++);
        for (int i = 0; i < COLUMNS.size(); i++) {
            COLUMNS.get(i).write(line.createCell(i), row, money);
        }
        requestedTotal = requestedTotal.add(orZero(row.requestedBudget()));
        approvedTotal = approvedTotal.add(orZero(row.approvedFunding()));
    }

    /** Appends the 合计 row and writes the workbook. */
    void finish(OutputStream out) throws IOException {
        Row total = sheet.createRow(nextRow);
        Cell label = total.createCell(0);
        label.setCellValue("合计（" + (nextRow - 1) + " 个项目）");
        label.setCellStyle(bold);
        moneyCell(total.createCell(REQUESTED_COLUMN), requestedTotal, money);
        moneyCell(total.createCell(APPROVED_COLUMN), approvedTotal, money);
        // widths only now: while a sheet has column definitions, POI searches them for every new cell's style
        for (int i = 0; i < COLUMNS.size(); i++) {
            sheet.setColumnWidth(i, (i == 1 || i == 4 ? 24 : 12) * 256);
        }
        workbook.write(out);
    }

    @Override
    public void close() throws IOException {
        workbook.close(); // also deletes the temporary file
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    private static void moneyCell(Cell cell, BigDecimal value, CellStyle style) {
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(style);
    }

    private static Column text(String title, Function<LedgerRow, String> value) {
        return new Column(title, (cell, row, style) -> {
            String text = value.apply(row);
            if (text != null && !text.isEmpty()) {
                cell.setCellValue(text);
            }
        });
    }

    private static Column number(String title, Function<LedgerRow, BigDecimal> value) {
        return new Column(title, (cell, row, style) -> {
            BigDecimal number = value.apply(row);
            if (number != null) {
                moneyCell(cell, number, style);
            }
        });
    }

    private record Column(String title, CellWriter writer) {
        void write(Cell cell, LedgerRow row, CellStyle money) {
            writer.write(cell, row, money);
        }
    }

    @FunctionalInterface
    private interface CellWriter {
        void write(Cell cell, LedgerRow row, CellStyle money);
    }
}
