package cn.edu.jsnu.yihuiyipin.ledger;

/**
 * The ledger's request parameters as the browser sends them, bound once for the page and its Excel link
 * (Spring binds a record's components from the request parameters of the same names). Text on purpose:
 * {@link LedgerQuery#parse} checks each, so a malformed one is a 400 with a Chinese sentence.
 */
record LedgerParameters(
        String year,
        String channel,
        String category,
        String status,
        String unit,
        String sort,
        String dir,
        String page,
        String size) {

    /** The filters, the order and the page. */
    LedgerQuery query() {
        return LedgerQuery.parse(year, channel, category, status, unit, sort, dir, page, size);
    }

    /** The filters and the order, every page: the export. */
    LedgerQuery everyPage() {
        return LedgerQuery.parse(year, channel, category, status, unit, sort, dir, null, null);
    }
}
