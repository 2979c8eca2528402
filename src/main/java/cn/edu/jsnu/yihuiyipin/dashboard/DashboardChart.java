package cn.edu.jsnu.yihuiyipin.dashboard;

import java.util.List;

/**
 * One chart of the dashboard and, the same data, its table: the first column names the rows (the
 * chart's axis), the next {@code plotted} columns are the chart's series, any further ones only appear
 * in the table.
 *
 * @param kind {@code bar} or {@code funnel} (ECharts series type)
 */
public record DashboardChart(
        String id, String title, String kind, List<String> columns, int plotted, List<List<Object>> rows) {

    public DashboardChart {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
