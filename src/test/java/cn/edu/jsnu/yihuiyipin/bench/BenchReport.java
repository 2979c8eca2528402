package cn.edu.jsnu.yihuiyipin.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The benchmark's tables, printed and written under target/bench/: benchmark.md (Markdown, what
 * docs/benchmark.md quotes) and rounds.csv, steps.csv, queries.csv (one row per measurement).
 */
final class BenchReport {

    static final String APPLICATION = "application";
    static final String BARE = "bare engine";

    private final List<RoundRun> runs;
    private final List<TasklistQueries.Timing> queries;
    private final List<String> notes;
    private final String machine;

    BenchReport(List<RoundRun> runs, List<TasklistQueries.Timing> queries, List<String> notes, String machine) {
        this.runs = runs;
        this.queries = queries;
        this.notes = notes;
        this.machine = machine;
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmark run\n\n").append(machine).append("\n\n");
        md.append("## Whole rounds\n\n");
        md.append("Per-project time: the time spent in the round's transactions (every human step, timer and"
                + " async job) divided by the units. Ratio: application / bare engine (target ≤ 1.3)."
                + " Growth: per-project time against the 100-unit round on the same database (target ≤ 1.2).\n\n");
        md.append("| database | units | application s | bare engine s | app ms/project | bare ms/project | ratio |"
                + " app growth | bare growth | longest step (app) | peak heap (app) |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|\n");
        for (RoundRun app : runs(APPLICATION)) {
            Optional<RoundRun> bare = find(app.database(), BARE, app.units());
            StepTimes.Kind longest = app.times().longest();
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %.1f | %s | %.1f | %s | %s | %s | %s | %s %.0f ms | %d MB |%n",
                    app.database(),
                    app.units(),
                    app.engineSeconds(),
                    bare.map(b -> fmt(b.engineSeconds(), 1)).orElse("–"),
                    app.millisPerProject(),
                    bare.map(b -> fmt(b.millisPerProject(), 1)).orElse("–"),
                    bare.map(b -> fmt(app.millisPerProject() / b.millisPerProject(), 2))
                            .orElse("–"),
                    growth(app),
                    bare.map(this::growth).orElse("–"),
                    longest == null ? "–" : longest.name,
                    longest == null ? 0 : longest.maxMillis(),
                    app.peakHeapMb()));
        }
        md.append("\n## Steps, by kind\n\n");
        md.append("Milliseconds per step (one transaction each) and SQL statements per step, application and bare"
                + " engine side by side (datasource-proxy; every statement of a JDBC batch counts).\n\n");
        for (RoundRun app : runs(APPLICATION)) {
            Optional<RoundRun> bare = find(app.database(), BARE, app.units());
            md.append("### ")
                    .append(app.database())
                    .append(", ")
                    .append(app.units())
                    .append(" units\n\n");
            md.append("| step | count | app p50 ms | app p95 ms | app max ms | bare p50 ms | app statements |"
                    + " bare statements |\n");
            md.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
            for (StepTimes.Kind kind : app.times().kinds().values()) {
                Optional<StepTimes.Kind> base = bare.map(b -> b.times().kind(kind.name));
                md.append(String.format(
                        Locale.ROOT,
                        "| %s | %d | %.1f | %.1f | %.0f | %s | %.1f | %s |%n",
                        kind.name,
                        kind.count(),
                        kind.percentileMillis(50),
                        kind.percentileMillis(95),
                        kind.maxMillis(),
                        base.map(b -> fmt(b.percentileMillis(50), 1)).orElse("–"),
                        kind.statementsPerStep(),
                        base.map(b -> fmt(b.statementsPerStep(), 1)).orElse("–")));
            }
            md.append('\n');
        }
        if (!queries.isEmpty()) {
            md.append("## Queries people wait for\n\n");
            md.append("Over /engine-rest as Tasklist sends them (POST /filter/{id}/list, HAL, newest first), HTTP"
                    + " Basic, authorization on; the first call of each is not counted.\n\n");
            md.append("| moment | query | open tasks | results | calls | p50 ms | p95 ms | target |\n");
            md.append("|---|---|---:|---:|---:|---:|---:|---|\n");
            for (TasklistQueries.Timing t : queries) {
                md.append(String.format(
                        Locale.ROOT,
                        "| %s | %s | %d | %s | %d | %.1f | %.1f | %s |%n",
                        t.moment(),
                        t.query(),
                        t.openTasks(),
                        t.results() < 0 ? "–" : String.valueOf(t.results()),
                        t.calls(),
                        t.p50(),
                        t.p95(),
                        t.target()));
            }
            md.append('\n');
        }
        if (!notes.isEmpty()) {
            md.append("## Notes\n\n");
            notes.forEach(note -> md.append("- ").append(note).append('\n'));
        }
        return md.toString();
    }

    void write(Path directory) throws IOException {
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("benchmark.md"), markdown());
        List<String> rounds = new ArrayList<>();
        rounds.add("database,engine,units,engine_seconds,wall_seconds,ms_per_project,peak_heap_mb");
        for (RoundRun run : runs) {
            rounds.add(String.format(
                    Locale.ROOT,
                    "%s,%s,%d,%.3f,%.3f,%.3f,%d",
                    run.database(),
                    run.engine(),
                    run.units(),
                    run.engineSeconds(),
                    run.wallSeconds(),
                    run.millisPerProject(),
                    run.peakHeapMb()));
        }
        Files.write(directory.resolve("rounds.csv"), rounds);
        List<String> steps = new ArrayList<>();
        steps.add(
                "database,engine,units,step,human,count,p50_ms,p95_ms,max_ms,total_ms,statements_per_step,min_statements,max_statements");
        for (RoundRun run : runs) {
            for (StepTimes.Kind kind : run.times().kinds().values()) {
                steps.add(String.format(
                        Locale.ROOT,
                        "%s,%s,%d,\"%s\",%s,%d,%.3f,%.3f,%.3f,%.3f,%.2f,%d,%d",
                        run.database(),
                        run.engine(),
                        run.units(),
                        kind.name,
                        kind.human,
                        kind.count(),
                        kind.percentileMillis(50),
                        kind.percentileMillis(95),
                        kind.maxMillis(),
                        kind.totalMillis(),
                        kind.statementsPerStep(),
                        kind.minStatements(),
                        kind.maxStatements()));
            }
        }
        Files.write(directory.resolve("steps.csv"), steps);
        List<String> rows = new ArrayList<>();
        rows.add("moment,query,open_tasks,results,calls,p50_ms,p95_ms,target");
        for (TasklistQueries.Timing t : queries) {
            rows.add(String.format(
                    Locale.ROOT,
                    "\"%s\",\"%s\",%d,%d,%d,%.3f,%.3f,\"%s\"",
                    t.moment(),
                    t.query(),
                    t.openTasks(),
                    t.results(),
                    t.calls(),
                    t.p50(),
                    t.p95(),
                    t.target()));
        }
        Files.write(directory.resolve("queries.csv"), rows);
    }

    private List<RoundRun> runs(String engine) {
        return runs.stream().filter(r -> r.engine().equals(engine)).toList();
    }

    private Optional<RoundRun> find(String database, String engine, int units) {
        return runs.stream()
                .filter(r -> r.database().equals(database) && r.engine().equals(engine) && r.units() == units)
                .findFirst();
    }

    /** Per-project time against the 100-unit round of the same database and engine. */
    private String growth(RoundRun run) {
        if (run.units() == 100) {
            return "1.00";
        }
        return find(run.database(), run.engine(), 100)
                .map(hundred -> fmt(run.millisPerProject() / hundred.millisPerProject(), 2))
                .orElse("–");
    }

    Set<String> databases() {
        Set<String> databases = new LinkedHashSet<>();
        runs.forEach(r -> databases.add(r.database()));
        return databases;
    }

    private static String fmt(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
