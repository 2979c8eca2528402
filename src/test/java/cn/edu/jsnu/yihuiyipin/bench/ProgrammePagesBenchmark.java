package cn.edu.jsnu.yihuiyipin.bench;

import static org.assertj.core.api.Assertions.assertThat;

import cn.edu.jsnu.yihuiyipin.dashboard.RoundStage;
import cn.edu.jsnu.yihuiyipin.people.Roles;
import cn.edu.jsnu.yihuiyipin.project.ProjectCategory;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatus;
import cn.edu.jsnu.yihuiyipin.support.MariaDbAvailable;
import cn.edu.jsnu.yihuiyipin.support.WebSession;
import cn.edu.jsnu.yihuiyipin.unit.Channel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 9's speed targets without a whole round: the programme's pages at {@code bench.pages-projects}
 * projects of one year (default 1,000, see {@link #projects}; {@link ProgrammeSeed} writes them, and three
 * earlier years, straight
 * into the tables), timed over HTTP as the union office and as an admin signed in on the pages, on each of
 * {@code bench.databases}. Every response is checked (200, the rows the seed implies, the Excel files read
 * back with POI), so the benchmark fails when a page breaks, never on time. Writes target/bench/pages.csv
 * and pages.md.
 */
@Tag("bench")
class ProgrammePagesBenchmark {

    private static final String ADMIN = "bench-admin";
    private static final String OFFICE = "bench-gh-office";
    /** The process's CPU time: the server and the client share the JVM, and the machine's load does not count. */
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private static final Pattern TOTAL_ITEMS = Pattern.compile("\"totalItems\":(\\d+)");

    private final BenchSettings settings = BenchSettings.fromSystemProperties();
    /**
     * {@code bench.pages-projects}; without it the largest of {@code bench.sizes} when that is given (the CI
     * smoke run's 20 keeps it short), otherwise issue 9's 1,000.
     */
    private final int projects = Integer.getInteger(
            "bench.pages-projects", System.getProperty("bench.sizes") == null ? 1000 : settings.largestSize());

    private final int pageRepeats = settings.queryRepeats();
    private final int excelRepeats =
            Math.min(settings.queryRepeats(), Integer.getInteger("bench.pages-excel-repeats", 10));
    private final List<Timing> timings = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    /** One request's figures. */
    record Timing(
            String database,
            int projects,
            String viewer,
            String request,
            long rows,
            int calls,
            double statements,
            double sqlMillis,
            double cpuMillis,
            double kilobytes,
            double p50,
            double p95,
            double max,
            String target,
            double limit,
            List<StatementCounter.Statement> costliest) {

        String verdict() {
            return limit <= 0 ? "" : p95 < limit ? "met" : "**missed**";
        }
    }

    /** What one request must answer, checked on every call. */
    private interface Check {
        long rows(byte[] body) throws IOException;
    }

    @Test
    void programmePages() throws Exception {
        LoggingSystem.get(getClass().getClassLoader()).setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.WARN);
        System.out.println("Programme pages benchmark: " + projects + " projects, databases " + settings.databases()
                + ", " + pageRepeats + " calls per page, " + excelRepeats + " per Excel");
        for (String database : settings.databases()) {
            if (database.equals("mariadb") && !mariaDbAnswers()) {
                notes.add("SKIPPED mariadb: no MariaDB/MySQL answers at " + MariaDbAvailable.serverUrl());
                continue;
            }
            measure(database);
            write();
        }
        String report = write();
        System.out.println(report);
        System.out.println("Written to " + settings.output().resolve("pages.md").toAbsolutePath());
        assertThat(timings).as("pages measured").isNotEmpty();
    }

    private void measure(String database) throws Exception {
        int year = LocalDate.now().getYear();
        try (ApplicationUnderBench application = ApplicationUnderBench.start(database, new BenchUnits(projects, 3))) {
            application.addUser(ADMIN, Roles.ADMINS);
            long start = System.nanoTime();
            ProgrammeSeed seed = new TransactionTemplate(application.bean(PlatformTransactionManager.class))
                    .execute(status -> ProgrammeSeed.write(application.bean(JdbcTemplate.class), year));
            System.out.printf(
                    "%s: %d projects seeded (%d with the earlier years) in %.1f s%n",
                    database,
                    seed.count(p -> p.year() == year),
                    seed.count(p -> true),
                    (System.nanoTime() - start) / 1e9);
            int port = URI.create(application.appUrl("/")).getPort();
            if (settings.warmUp()) {
                // the JIT compiles the pages' code on a pass of every request as each viewer, not reported
                int measured = timings.size();
                timeAll(database, application, signIn(port, ADMIN), "warm-up", seed, Set.of(Channel.values()));
                timeAll(database, application, signIn(port, OFFICE), "warm-up", seed, Set.of(Channel.UNION));
                timings.subList(measured, timings.size()).clear();
            }
            for (String viewer : List.of(OFFICE, ADMIN)) {
                WebSession session = signIn(port, viewer);
                Set<Channel> channels = viewer.equals(ADMIN) ? Set.of(Channel.values()) : Set.of(Channel.UNION);
                timeAll(database, application, session, viewer.equals(ADMIN) ? "admin" : "office 校工会", seed, channels);
            }
        }
    }

    private static WebSession signIn(int port, String viewer) {
        WebSession session = new WebSession(port);
        HttpResponse<String> signIn = session.signIn(viewer, ApplicationUnderBench.PASSWORD);
        if (signIn.statusCode() != 302
                || signIn.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException(viewer + " could not sign in: " + signIn.statusCode() + " "
                    + signIn.headers().map());
        }
        return session;
    }

    private void timeAll(
            String database,
            ApplicationUnderBench application,
            WebSession session,
            String viewer,
            ProgrammeSeed seed,
            Set<Channel> channels) {
        int year = seed.year();
        Predicate<ProgrammeSeed.Seeded> visible = p -> channels.contains(p.channel());
        Predicate<ProgrammeSeed.Seeded> ofYear = visible.and(p -> p.year() == year);
        long all = seed.count(visible);
        long filtered = seed.count(ofYear.and(p -> p.category() == ProjectCategory.CULTURE));
        String filter = "/app/projects?year=" + year + "&category=CULTURE&sort=reviewScore&dir=desc";
        Run run = new Run(database, application, session, viewer);
        run.time("/app/projects", pageRepeats, "p95 < 100 ms", 100, body -> pageRows(body, Math.min(50, all)));
        run.time(filter, pageRepeats, "p95 < 100 ms", 100, body -> pageRows(body, Math.min(50, filtered)));
        run.time("/api/projects?size=50", pageRepeats, "p95 < 100 ms", 100, body -> totalItems(body, all));
        run.time("/app/dashboard", pageRepeats, "p95 < 100 ms", 100, body -> dashboard(body, year));
        run.time(
                "/app/projects.xlsx?year=" + year,
                excelRepeats,
                "p95 < 2 s",
                2000,
                body -> ledgerRows(body, year, seed.count(ofYear)));
        Set<ProjectStatus> approved = RoundStage.approvedStatuses();
        run.time(
                "/app/rounds/" + year + "/approved.xlsx",
                excelRepeats,
                "p95 < 2 s",
                2000,
                body -> listRows(body, seed.count(ofYear.and(p -> approved.contains(p.status())))));
        run.time(
                "/app/rounds/" + year + "/awards.xlsx",
                excelRepeats,
                "p95 < 2 s",
                2000,
                body -> listRows(
                        body,
                        seed.count(ofYear.and(p -> p.awardTier() != null
                                && (p.status() == ProjectStatus.PASSED || p.status() == ProjectStatus.AWARDED)))));
    }

    /** Times one request of one viewer: the first call checked but not counted, then {@code calls} calls. */
    private final class Run {
        final String database;
        final ApplicationUnderBench application;
        final WebSession session;
        final String viewer;

        Run(String database, ApplicationUnderBench application, WebSession session, String viewer) {
            this.database = database;
            this.application = application;
            this.session = session;
            this.viewer = viewer;
        }

        void time(String path, int calls, String target, double limit, Check check) {
            long rows = call(path, check);
            List<Long> nanos = new ArrayList<>();
            long bytes = 0;
            StatementCounter counter = application.statements();
            long statementsBefore = counter.count();
            double sqlBefore = counter.millis();
            counter.recordStatements(true);
            long cpu = 0;
            for (int i = 0; i < calls; i++) {
                long cpuStart = OS.getProcessCpuTime();
                long start = System.nanoTime();
                HttpResponse<byte[]> response = session.download(path);
                nanos.add(System.nanoTime() - start);
                cpu += OS.getProcessCpuTime() - cpuStart;
                bytes += response.body().length;
                verify(path, response, check);
            }
            counter.recordStatements(false);
            double statements = (counter.count() - statementsBefore) / (double) calls;
            double sqlMillis = (counter.millis() - sqlBefore) / calls;
            List<StatementCounter.Statement> costliest =
                    counter.recorded().stream().limit(3).toList();
            Timing timing = new Timing(
                    database,
                    projects,
                    viewer,
                    path,
                    rows,
                    calls,
                    statements,
                    sqlMillis,
                    cpu / 1e6 / calls,
                    bytes / 1024.0 / calls,
                    StepTimes.percentile(nanos, 50) / 1e6,
                    StepTimes.percentile(nanos, 95) / 1e6,
                    nanos.stream().mapToLong(Long::longValue).max().orElse(0) / 1e6,
                    target,
                    limit,
                    costliest);
            timings.add(timing);
            System.out.printf(
                    Locale.ROOT,
                    "%s %s %s: p50 %.1f ms, p95 %.1f ms, %.1f statements, %.1f ms SQL, %.1f ms CPU%n",
                    database,
                    viewer,
                    path,
                    timing.p50(),
                    timing.p95(),
                    statements,
                    sqlMillis,
                    timing.cpuMillis());
        }

        private long call(String path, Check check) {
            return verify(path, session.download(path), check);
        }

        private long verify(String path, HttpResponse<byte[]> response, Check check) {
            if (response.statusCode() != 200) {
                throw new IllegalStateException(viewer + " " + path + ": HTTP " + response.statusCode() + " "
                        + new String(response.body(), StandardCharsets.UTF_8));
            }
            try {
                return check.rows(response.body());
            } catch (IOException e) {
                throw new IllegalStateException(viewer + " " + path + ": unreadable answer", e);
            }
        }
    }

    private static long pageRows(byte[] body, long expected) {
        String html = new String(body, StandardCharsets.UTF_8);
        long rows = count(html, "data-project-id=");
        check(rows == expected, "the ledger page shows " + rows + " rows, expected " + expected);
        return rows;
    }

    private static long totalItems(byte[] body, long expected) {
        Matcher total = TOTAL_ITEMS.matcher(new String(body, StandardCharsets.UTF_8));
        check(total.find(), "no totalItems in the JSON");
        long items = Long.parseLong(total.group(1));
        check(items == expected, "the API counts " + items + " projects, expected " + expected);
        return items;
    }

    private static long dashboard(byte[] body, int year) {
        String html = new String(body, StandardCharsets.UTF_8);
        check(html.contains("历年对比") && html.contains("chart-funnel"), "the dashboard lacks its charts");
        for (int y = year - ProgrammeSeed.EARLIER_YEARS; y <= year; y++) {
            check(html.contains(y + " 年"), "the dashboard's 历年对比 lacks " + y);
        }
        return count(html, "class=\"chart-block\"");
    }

    /** The ledger's sheet: a header, one row per project (its year in the first column), a 合计 row. */
    private static long ledgerRows(byte[] body, int year, long expected) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            Sheet sheet = workbook.getSheetAt(0);
            long rows = 0;
            for (Row row : sheet) {
                Cell first = row.getCell(0);
                if (first != null
                        && first.getCellType() == CellType.STRING
                        && first.getStringCellValue().equals(String.valueOf(year))) {
                    rows++;
                }
            }
            check(rows == expected, "the ledger's Excel holds " + rows + " projects, expected " + expected);
            check(
                    sheet.getLastRowNum() == expected + 1,
                    "the ledger's Excel has " + (sheet.getLastRowNum() + 1) + " rows, expected header, " + expected
                            + " projects and 合计");
            return rows;
        }
    }

    /** A round's list, a sheet per channel: title, header, one numbered row per project, 合计. */
    private static long listRows(byte[] body, long expected) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            long rows = 0;
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    Cell first = row.getCell(0);
                    if (row.getRowNum() >= 2 && first != null && first.getCellType() == CellType.NUMERIC) {
                        rows++;
                    }
                }
            }
            check(rows == expected, "the list holds " + rows + " projects, expected " + expected);
            return rows;
        }
    }

    private static void check(boolean condition, String failure) {
        if (!condition) {
            throw new IllegalStateException(failure);
        }
    }

    private static long count(String text, String needle) {
        long count = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            count++;
        }
        return count;
    }

    private String write() throws IOException {
        List<String> csv = new ArrayList<>();
        csv.add("database,projects,viewer,request,rows,calls,statements,sql_ms,cpu_ms,kilobytes,p50_ms,p95_ms,max_ms,"
                + "target");
        List<String> md = new ArrayList<>();
        md.add("# Programme pages at " + projects + " projects (issue 9)");
        md.add("");
        md.add(machine());
        md.add("");
        md.add("Over HTTP, signed in on the pages (a session, as a browser holds it); the first call of each is not"
                + " counted. Statements: SQL statements per call (datasource-proxy); SQL ms: their time per call, as"
                + " the driver waited for them. CPU ms: the JVM's CPU time per call"
                + " (server and client, every thread; load on the machine does not add to it). Rows: what the answer holds"
                + " (page rows, the API's total, dashboard charts, Excel data rows), checked against the seed.");
        md.add("");
        md.add(
                "| database | viewer | request | rows | calls | statements | SQL ms | CPU ms | KB | p50 ms | p95 ms | max ms |"
                        + " target |"
                        + " |");
        md.add("|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|");
        for (Timing t : timings) {
            csv.add(String.format(
                    Locale.ROOT,
                    "%s,%d,%s,\"%s\",%d,%d,%.1f,%.1f,%.1f,%.1f,%.1f,%.1f,%.1f,%s",
                    t.database(),
                    t.projects(),
                    t.viewer(),
                    t.request(),
                    t.rows(),
                    t.calls(),
                    t.statements(),
                    t.sqlMillis(),
                    t.cpuMillis(),
                    t.kilobytes(),
                    t.p50(),
                    t.p95(),
                    t.max(),
                    t.target()));
            md.add(String.format(
                    Locale.ROOT,
                    "| %s | %s | `%s` | %d | %d | %.1f | %.1f | %.1f | %.0f | %.1f | %.1f | %.1f | %s | %s |",
                    t.database(),
                    t.viewer(),
                    t.request(),
                    t.rows(),
                    t.calls(),
                    t.statements(),
                    t.sqlMillis(),
                    t.cpuMillis(),
                    t.kilobytes(),
                    t.p50(),
                    t.p95(),
                    t.max(),
                    t.target(),
                    t.verdict()));
        }
        md.add("");
        md.add("### The costliest statements of each request");
        md.add("");
        md.add("Per request, the three SQL texts that took the most time over its calls (executions per call, ms per"
                + " call).");
        md.add("");
        for (Timing t : timings) {
            md.add("- " + t.database() + ", " + t.viewer() + ", `" + t.request() + "`:");
            for (StatementCounter.Statement statement : t.costliest()) {
                md.add(String.format(
                        Locale.ROOT,
                        "    - %.1f × %.2f ms: `%s`",
                        statement.executions() / (double) t.calls(),
                        statement.millis() / t.calls(),
                        shortened(statement.sql())));
            }
        }
        if (!notes.isEmpty()) {
            md.add("");
            notes.forEach(note -> md.add("- " + note));
        }
        String markdown = String.join("\n", md) + "\n";
        Files.createDirectories(settings.output());
        Files.writeString(
                settings.output().resolve("pages.csv"), String.join("\n", csv) + "\n", StandardCharsets.UTF_8);
        Files.writeString(settings.output().resolve("pages.md"), markdown, StandardCharsets.UTF_8);
        return markdown;
    }

    private static String shortened(String sql) {
        String oneLine = sql.replaceAll("\\s+", " ").trim();
        return oneLine.length() <= 220 ? oneLine : oneLine.substring(0, 220) + "…";
    }

    private static boolean mariaDbAnswers() {
        try (var ignored = MariaDbAvailable.connect()) {
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private String machine() {
        Runtime runtime = Runtime.getRuntime();
        return String.format(
                Locale.ROOT,
                "Run %s on %d cores, Java %s, max heap %d MB, load average %.2f at the end; %d projects this"
                        + " year and %d in each of the %d years before; %d calls per page, %d per Excel.",
                ZonedDateTime.now().withNano(0),
                runtime.availableProcessors(),
                System.getProperty("java.version"),
                runtime.maxMemory() / (1024 * 1024),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                projects,
                Math.max(1, projects / 2),
                ProgrammeSeed.EARLIER_YEARS,
                pageRepeats,
                excelRepeats);
    }
}
