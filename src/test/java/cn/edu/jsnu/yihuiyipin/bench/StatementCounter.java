package cn.edu.jsnu.yihuiyipin.bench;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

/**
 * Counts the SQL statements sent through a data source (datasource-proxy): every statement of a JDBC
 * batch counts, as the database executes each. The driver runs one step at a time and no job executor
 * runs, so the difference before and after a step is that step's statements. Also adds up the time the
 * statements took (as the driver saw it), and, while {@link #recordStatements} is on, each statement's
 * count and time by its SQL text (the pages' benchmark names the costly ones).
 */
final class StatementCounter implements QueryExecutionListener {

    /** One SQL text's executions and their time. */
    record Statement(String sql, long executions, double millis) {}

    private final AtomicLong statements = new AtomicLong();
    private final AtomicLong nanos = new AtomicLong();
    private final ThreadLocal<Long> started = new ThreadLocal<>();
    private final Map<String, LongAdder[]> bySql = new ConcurrentHashMap<>();
    private volatile boolean recordStatements;

    DataSource wrap(DataSource dataSource, String name) {
        return ProxyDataSourceBuilder.create(dataSource)
                .name(name)
                .listener(this)
                .build();
    }

    long count() {
        return statements.get();
    }

    /** Milliseconds spent executing statements so far. */
    double millis() {
        return nanos.get() / 1e6;
    }

    /** Starts (and clears) or stops the record by SQL text. */
    void recordStatements(boolean on) {
        if (on) {
            bySql.clear();
        }
        recordStatements = on;
    }

    /** The recorded statements, most time first. */
    List<Statement> recorded() {
        return bySql.entrySet().stream()
                .map(entry -> new Statement(entry.getKey(), entry.getValue()[0].sum(), entry.getValue()[1].sum() / 1e6))
                .sorted(Comparator.comparingDouble(Statement::millis).reversed())
                .toList();
    }

    @Override
    public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
        started.set(System.nanoTime());
    }

    @Override
    public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
        statements.addAndGet(execution.isBatch() ? execution.getBatchSize() : Math.max(1, queries.size()));
        Long start = started.get();
        long elapsed = start == null ? 0 : System.nanoTime() - start;
        nanos.addAndGet(elapsed);
        if (recordStatements && !queries.isEmpty()) {
            LongAdder[] figures = bySql.computeIfAbsent(
                    queries.get(0).getQuery(), sql -> new LongAdder[] {new LongAdder(), new LongAdder()});
            figures[0].increment();
            figures[1].add(elapsed);
        }
    }
}
