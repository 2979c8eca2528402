package cn.edu.jsnu.yihuiyipin.bench;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

/**
 * Counts the SQL statements sent through a data source (datasource-proxy): every statement of a JDBC
 * batch counts, as the database executes each. The driver runs one step at a time and no job executor
 * runs, so the difference before and after a step is that step's statements.
 */
final class StatementCounter implements QueryExecutionListener {

    private final AtomicLong statements = new AtomicLong();

    DataSource wrap(DataSource dataSource, String name) {
        return ProxyDataSourceBuilder.create(dataSource)
                .name(name)
                .listener(this)
                .build();
    }

    long count() {
        return statements.get();
    }

    @Override
    public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
        // counted once executed
    }

    @Override
    public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
        statements.addAndGet(execution.isBatch() ? execution.getBatchSize() : Math.max(1, queries.size()));
    }
}
