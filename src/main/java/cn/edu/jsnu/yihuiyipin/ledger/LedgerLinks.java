package cn.edu.jsnu.yihuiyipin.ledger;

import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;

/** The ledger page's links (sorting, pager, Excel), each keeping the current filters. */
public final class LedgerLinks {

    static final String PAGE = "/app/projects";
    static final String EXCEL = "/app/projects.xlsx";

    private final LedgerQuery query;

    LedgerLinks(LedgerQuery query) {
        this.query = query;
    }

    public String page(int page) {
        return link(PAGE, query.onPage(page).parameters(true));
    }

    public String sort(String column) {
        return link(PAGE, query.sortedBy(LedgerSort.parse(column)).parameters(true));
    }

    /** ▲ or ▼ beside the column the page is sorted by. */
    public String mark(String column) {
        if (query.sort() == null || !query.sort().parameter().equals(column)) {
            return "";
        }
        return query.descending() ? " ▼" : " ▲";
    }

    public String excel() {
        return link(EXCEL, query.parameters(false));
    }

    private static String link(String path, Map<String, String> parameters) {
        UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path);
        parameters.forEach(builder::queryParam);
        return builder.encode().build().toUriString();
    }
}
