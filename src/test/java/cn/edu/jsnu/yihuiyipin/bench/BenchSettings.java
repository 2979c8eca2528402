package cn.edu.jsnu.yihuiyipin.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * What one benchmark run measures, from system properties (Maven passes {@code -Dname=value} on to the
 * forked JVM): {@code bench.sizes} (units per round, default {@code 20,100}), {@code bench.databases}
 * ({@code h2}, {@code mariadb} or both; default {@code h2}), {@code bench.experts} (experts per channel's
 * panel, each reviews every project of the channel; default 10, so 1,000 units open 10,000 reviews),
 * {@code bench.baseline} (run the bare engine too; default true), {@code bench.queries} (time Tasklist's
 * queries over /engine-rest at every size on MariaDB, or on H2 when MariaDB is not run; default true)
 * {@code bench.query-repeats} (calls per query; default 40), {@code bench.warm-up} (a small unmeasured round
 * of each engine first, so the JIT has compiled the engine; default true), and {@code bench.query-units} with
 * {@code bench.query-experts} (a round of that many units, default 0: none, on the queries' database, driven only
 * until every review is open, to time the queries with units × experts tasks open without the hours a whole
 * round of that size takes; default 10 experts).
 */
record BenchSettings(
        List<Integer> sizes,
        List<String> databases,
        int expertsPerPanel,
        boolean baseline,
        boolean queries,
        int queryRepeats,
        boolean warmUp,
        int queryUnits,
        int queryExperts,
        Path output) {

    static BenchSettings fromSystemProperties() {
        return new BenchSettings(
                Arrays.stream(property("bench.sizes", "20,100").split(","))
                        .map(String::trim)
                        .map(Integer::valueOf)
                        .toList(),
                Arrays.stream(property("bench.databases", "h2").split(","))
                        .map(String::trim)
                        .toList(),
                Integer.parseInt(property("bench.experts", "10")),
                Boolean.parseBoolean(property("bench.baseline", "true")),
                Boolean.parseBoolean(property("bench.queries", "true")),
                Integer.parseInt(property("bench.query-repeats", "40")),
                Boolean.parseBoolean(property("bench.warm-up", "true")),
                Integer.parseInt(property("bench.query-units", "0")),
                Integer.parseInt(property("bench.query-experts", "10")),
                Path.of(property("bench.output", "target/bench")));
    }

    int largestSize() {
        return sizes.stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    /** Tasklist's queries are timed at every size on one database: MariaDB if it is measured. */
    boolean queriesAt(String database, int units) {
        return queries && database.equals(queryDatabase());
    }

    String queryDatabase() {
        return databases.contains("mariadb") ? "mariadb" : databases.get(0);
    }

    private static String property(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
