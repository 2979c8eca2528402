package cn.edu.jsnu.yihuiyipin.bench;

import static org.assertj.core.api.Assertions.assertThat;

import cn.edu.jsnu.yihuiyipin.support.MariaDbAvailable;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;

/**
 * The benchmark (issue 14, docs/benchmark.md), not a test: {@code ./mvnw -Pbench verify}. For each
 * database and size a whole round on the application and the same round on the bare engine, then the
 * tables under target/bench/. It fails only when a round breaks, never on time.
 */
@Tag("bench")
class RoundBenchmark {

    private static final int WARM_UP_UNITS = 10;

    private final BenchSettings settings = BenchSettings.fromSystemProperties();
    private final List<RoundRun> runs = new ArrayList<>();
    private final List<TasklistQueries.Timing> queries = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    @Test
    void wholeRounds() throws Exception {
        LoggingSystem.get(getClass().getClassLoader()).setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.WARN);
        System.out.println("Benchmark: sizes " + settings.sizes() + ", databases " + settings.databases()
                + ", " + settings.expertsPerPanel() + " experts per panel, max heap "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB");
        // the JIT and the engine's caches warm up on a small round of each kind, not measured
        if (settings.warmUp()) {
            measure("h2", WARM_UP_UNITS, settings.baseline(), false);
            runs.clear();
        }
        // first, so a long run stopped early has them: the queries with units × experts reviews open
        if (settings.queryUnits() > 0) {
            timeQueriesOnly(settings.queryDatabase(), settings.queryUnits(), settings.queryExperts());
            new BenchReport(runs, queries, notes, machine()).write(settings.output());
        }
        // size by size, each database in turn: a run stopped early still has every database at the small sizes
        for (int units : settings.sizes()) {
            for (String database : settings.databases()) {
                if (database.equals("mariadb") && !mariaDbAnswers()) {
                    if (units == settings.sizes().get(0)) {
                        notes.add("SKIPPED mariadb: no MariaDB/MySQL answers at " + MariaDbAvailable.serverUrl());
                    }
                    continue;
                }
                measure(database, units, settings.baseline(), settings.queriesAt(database, units));
                // written after every round, so a long run stopped early keeps what it measured
                new BenchReport(runs, queries, notes, machine()).write(settings.output());
            }
        }
        BenchReport report = new BenchReport(runs, queries, notes, machine());
        report.write(settings.output());
        System.out.println(report.markdown());
        System.out.println("Written to " + settings.output().toAbsolutePath());
        assertThat(runs).as("rounds measured").isNotEmpty();
    }

    private void measure(String database, int units, boolean baseline, boolean timeQueries) throws Exception {
        BenchUnits benchUnits = new BenchUnits(units, settings.expertsPerPanel());
        int year = LocalDate.now().getYear() + 1;
        try (ApplicationUnderBench application = ApplicationUnderBench.start(database, benchUnits)) {
            TasklistQueries tasklist = new TasklistQueries(application, settings.queryRepeats());
            RoundScript script = new RoundScript(application, year);
            runs.add(round(
                    database,
                    units,
                    application,
                    script,
                    timeQueries
                            ? new QueryCheckpoints(tasklist, script, "", units, true)
                            : new RoundScript.Checkpoints() {}));
            queries.addAll(tasklist.timings());
            notes.addAll(tasklist.notes());
        }
        if (baseline) {
            try (BareEngine bare = BareEngine.start(database, benchUnits, year)) {
                runs.add(round(database, units, bare, new RoundScript(bare, year), new RoundScript.Checkpoints() {}));
            }
        }
    }

    /**
     * The queries with units × experts reviews open: the round runs until the reviews open and stops
     * there (its steps are not reported, the round does not end).
     */
    private void timeQueriesOnly(String database, int units, int experts) throws Exception {
        if (database.equals("mariadb") && !mariaDbAnswers()) {
            notes.add("SKIPPED the queries at " + units + " units: no MariaDB/MySQL answers");
            return;
        }
        BenchUnits benchUnits = new BenchUnits(units, experts);
        int year = LocalDate.now().getYear() + 2;
        try (ApplicationUnderBench application = ApplicationUnderBench.start(database, benchUnits)) {
            TasklistQueries tasklist = new TasklistQueries(application, settings.queryRepeats());
            RoundScript script = new RoundScript(application, year);
            String moment = units + " units, " + experts + " experts, " + database + ": ";
            long start = System.nanoTime();
            script.run(new QueryCheckpoints(tasklist, script, moment, units, false));
            System.out.printf(
                    "%s, %d units, queries only: driven to the open reviews in %.1f s%n",
                    database, units, (System.nanoTime() - start) / 1e9);
            queries.addAll(tasklist.timings());
            notes.addAll(tasklist.notes());
        }
    }

    /**
     * Times Tasklist's queries when every 附件1 is open and when every review is open (then the ledger and
     * dashboard too), each moment named after {@code prefix}; the round stops there unless {@code goOn}.
     */
    private record QueryCheckpoints(
            TasklistQueries tasklist, RoundScript script, String prefix, int units, boolean goOn)
            implements RoundScript.Checkpoints {

        @Override
        public void applicationsOpen() {
            tasklist.measure(prefix + "附件1 open", script.openTasks());
        }

        @Override
        public void reviewsOpen() {
            tasklist.measure(prefix + "reviews open", script.openTasks());
            tasklist.measureLedgerAndDashboard(prefix + "reviews open", units);
        }

        @Override
        public boolean goOnAfterReviewsOpen() {
            return goOn;
        }
    }

    private RoundRun round(
            String database, int units, BenchEngine engine, RoundScript script, RoundScript.Checkpoints checkpoints) {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        script.run(checkpoints);
        double wall = (System.nanoTime() - start) / 1e9;
        long peak =
                heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() / (1024 * 1024);
        RoundRun run = new RoundRun(database, engine.kind(), units, script.times(), wall, peak);
        System.out.printf(
                "%s, %d units, %s: %.1f s in transactions (%.1f s wall), %.1f ms per project%n",
                database, units, engine.kind(), run.engineSeconds(), wall, run.millisPerProject());
        return run;
    }

    private static boolean mariaDbAnswers() {
        try (var ignored = MariaDbAvailable.connect()) {
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private static String machine() {
        Runtime runtime = Runtime.getRuntime();
        return String.format(
                "Run %s on %d cores, Java %s, max heap %d MB, load average %.2f at the end.",
                ZonedDateTime.now().withNano(0),
                runtime.availableProcessors(),
                System.getProperty("java.version"),
                runtime.maxMemory() / (1024 * 1024),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
