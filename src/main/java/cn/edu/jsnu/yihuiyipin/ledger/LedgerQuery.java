package cn.edu.jsnu.yihuiyipin.ledger;

import cn.edu.jsnu.yihuiyipin.access.BadRequestException;
import cn.edu.jsnu.yihuiyipin.project.ProjectCategory;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatus;
import cn.edu.jsnu.yihuiyipin.unit.Channel;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * What a ledger request asks for: the filters (each optional), the order and the page. Read from the
 * request's text parameters here, so every malformed, forged or oversize value is a 400 with a
 * Chinese sentence naming it, never a 500 and never a query with unchecked text.
 *
 * @param page 1-based
 */
public record LedgerQuery(
        Integer year,
        Channel channel,
        ProjectCategory category,
        ProjectStatus status,
        String unitCode,
        LedgerSort sort,
        boolean descending,
        int page,
        int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;
    private static final int MAX_PARAMETER_LENGTH = 40;
    private static final Pattern UNIT_CODE = Pattern.compile("[A-Za-z0-9_-]{1,32}");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,9}");

    /** Reads the request parameters; blank means "not given". */
    public static LedgerQuery parse(
            String year,
            String channel,
            String category,
            String status,
            String unit,
            String sort,
            String direction,
            String page,
            String size) {
        Integer parsedYear = blankToNull(year) == null ? null : number(year, "年度", 1000, 9999);
        String unitCode = blankToNull(unit);
        if (unitCode != null && !UNIT_CODE.matcher(unitCode).matches()) {
            throw new BadRequestException("单位代码“" + shorten(unitCode) + "”无效。");
        }
        String order = blankToNull(direction);
        if (order != null && !order.equals("asc") && !order.equals("desc")) {
            throw new BadRequestException("排序方向只能是 asc 或 desc。");
        }
        LedgerSort parsedSort = blankToNull(sort) == null ? null : LedgerSort.parse(sort);
        return new LedgerQuery(
                parsedYear,
                constant(channel, "渠道", Channel.values(), Channel::name),
                constant(category, "类别", ProjectCategory.values(), ProjectCategory::name),
                constant(status, "状态", ProjectStatus.values(), ProjectStatus::name),
                unitCode,
                parsedSort,
                // the default order (newest year first) reads best descending; a chosen column ascending
                order == null ? parsedSort == null : order.equals("desc"),
                blankToNull(page) == null ? 1 : number(page, "页码", 1, 1_000_000),
                blankToNull(size) == null ? DEFAULT_SIZE : number(size, "每页条数", 1, MAX_SIZE));
    }

    /** The same filters and order on another page (the pager's links). */
    public LedgerQuery onPage(int otherPage) {
        return new LedgerQuery(year, channel, category, status, unitCode, sort, descending, otherPage, size);
    }

    /** The same filters ordered by a column: a second click on the current column turns the order round. */
    public LedgerQuery sortedBy(LedgerSort column) {
        boolean descendingNext = column == sort && !descending;
        return new LedgerQuery(year, channel, category, status, unitCode, column, descendingNext, 1, size);
    }

    /**
     * The query as request parameters, only those given (links of the page, the Excel link). With
     * {@code paging} false the page and size are left out: the export holds every matching project.
     */
    public Map<String, String> parameters(boolean paging) {
        Map<String, String> parameters = new LinkedHashMap<>();
        put(parameters, "year", year);
        put(parameters, "channel", channel == null ? null : channel.name());
        put(parameters, "category", category == null ? null : category.name());
        put(parameters, "status", status == null ? null : status.name());
        put(parameters, "unit", unitCode);
        if (sort != null) {
            parameters.put("sort", sort.parameter());
            parameters.put("dir", descending ? "desc" : "asc");
        }
        if (paging) {
            if (page != 1) {
                parameters.put("page", String.valueOf(page));
            }
            if (size != DEFAULT_SIZE) {
                parameters.put("size", String.valueOf(size));
            }
        }
        return parameters;
    }

    private static void put(Map<String, String> parameters, String name, Object value) {
        if (value != null) {
            parameters.put(name, value.toString());
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static int number(String value, String what, int min, int max) {
        String text = value.trim();
        if (!DIGITS.matcher(text).matches()) {
            throw new BadRequestException(what + "“" + shorten(text) + "”不是有效的数字。");
        }
        int number = Integer.parseInt(text);
        if (number < min || number > max) {
            throw new BadRequestException(what + "必须在 " + min + " 到 " + max + " 之间。");
        }
        return number;
    }

    private static <T> T constant(String value, String what, T[] constants, Function<T, String> name) {
        String text = blankToNull(value);
        if (text == null) {
            return null;
        }
        return Arrays.stream(constants)
                .filter(constant -> name.apply(constant).equals(text))
                .findFirst()
                .orElseThrow(() -> new BadRequestException(what + "“" + shorten(text) + "”不存在。"));
    }

    /** A refused value is echoed only in part, so an oversize parameter does not become an oversize page. */
    static String shorten(String value) {
        return value.length() <= MAX_PARAMETER_LENGTH ? value : value.substring(0, MAX_PARAMETER_LENGTH) + "…";
    }
}
