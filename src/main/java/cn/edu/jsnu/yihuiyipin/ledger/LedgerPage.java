package cn.edu.jsnu.yihuiyipin.ledger;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One page of the ledger and where it lies.
 *
 * @param page 1-based
 */
public record LedgerPage(List<LedgerRow> items, int page, int size, long totalItems) {

    @JsonProperty("totalPages")
    public int totalPages() {
        return (int) ((totalItems + size - 1) / size);
    }

    @JsonIgnore
    public boolean hasPrevious() {
        return page > 1;
    }

    @JsonIgnore
    public boolean hasNext() {
        return page < totalPages();
    }
}
