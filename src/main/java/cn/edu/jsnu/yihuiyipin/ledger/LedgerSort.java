package cn.edu.jsnu.yihuiyipin.ledger;

import cn.edu.jsnu.yihuiyipin.access.BadRequestException;
import java.util.Arrays;

/**
 * The columns the ledger sorts by, by the name a link or API caller sends ({@code sort=approved}).
 * Only these: a sort parameter never reaches the query as text.
 */
public enum LedgerSort {
    YEAR("year", "年度"),
    UNIT("unit", "单位"),
    CATEGORY("category", "类别"),
    STATUS("status", "状态"),
    REQUESTED("requested", "申请经费"),
    APPROVED("approved", "核定经费"),
    REVIEW_SCORE("reviewScore", "评审得分"),
    ACCEPTANCE_SCORE("acceptanceScore", "验收得分"),
    AWARD("award", "表彰");

    private final String parameter;
    private final String label;

    LedgerSort(String parameter, String label) {
        this.parameter = parameter;
        this.label = label;
    }

    public String parameter() {
        return parameter;
    }

    public String label() {
        return label;
    }

    static LedgerSort parse(String value) {
        return Arrays.stream(values())
                .filter(sort -> sort.parameter.equals(value))
                .findFirst()
                .orElseThrow(() -> new BadRequestException("不能按“" + LedgerQuery.shorten(value) + "”排序。"));
    }
}
