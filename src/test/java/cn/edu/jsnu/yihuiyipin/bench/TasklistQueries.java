package cn.edu.jsnu.yihuiyipin.bench;

import cn.edu.jsnu.yihuiyipin.support.WebSession;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;

/**
 * Times the queries people wait for, over /engine-rest as Tasklist sends them: a filter's page
 * ({@code POST /filter/{id}/list}, HAL, newest first) as the user, HTTP Basic, authorization on. Also the
 * application's own ledger (page and JSON) and dashboard, signed in on the pages.
 */
final class TasklistQueries {

    /** One timed query: who asked for what, at which moment of the round, and how long it took. */
    record Timing(
            String moment,
            String query,
            long openTasks,
            int results,
            int calls,
            double p50,
            double p95,
            String target) {}

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ApplicationUnderBench application;
    private final int repeats;
    private final List<Timing> timings = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    TasklistQueries(ApplicationUnderBench application, int repeats) {
        this.application = application;
        this.repeats = repeats;
    }

    List<Timing> timings() {
        return timings;
    }

    List<String> notes() {
        return notes;
    }

    /** Every query of the moment, with {@code openTasks} tasks open in the round. */
    void measure(String moment, long openTasks) {
        String unitMember = BenchUnits.member(BenchUnits.code(1));
        page(moment, openTasks, unitMember, "本单位任务", 15, "单位成员 unit member: 本单位任务, page of 15", "p95 < 50 ms");
        page(moment, openTasks, "bench-gh-office", "校工会全部任务", 50, "办公室 office: 校工会全部任务, page of 50", "p95 < 100 ms");
        page(
                moment,
                openTasks,
                "bench-gh-office",
                "校工会渠道全部待办",
                50,
                "办公室 office: 校工会渠道全部待办, page of 50",
                "p95 < 100 ms");
        page(moment, openTasks, "bench-zj-gh1", "专家评审", 15, "专家 expert: 专家评审, page of 15", "");
    }

    /**
     * The application's ledger, its JSON and the dashboard at the round's size, as an office member signed
     * in on the pages (a session, as a browser holds it); each page also counts its rendering.
     */
    void measureLedgerAndDashboard(String moment, long projects) {
        WebSession office = new WebSession(URI.create(application.appUrl("/")).getPort());
        office.signIn("bench-gh-office", ApplicationUnderBench.PASSWORD);
        for (String path : List.of("/app/projects", "/api/projects?size=50", "/app/dashboard")) {
            check(office.get(path), path);
            long[] nanos = new long[repeats];
            for (int i = 0; i < repeats; i++) {
                long start = System.nanoTime();
                HttpResponse<String> response = office.get(path);
                nanos[i] = System.nanoTime() - start;
                check(response, path);
            }
            timings.add(timing(moment, "办公室 office: " + path, projects, -1, nanos, "p95 < 100 ms"));
        }
    }

    private void page(
            String moment, long openTasks, String user, String filterName, int size, String label, String target) {
        String filterId = filterId(filterName);
        String url = application.restUrl() + "/filter/" + filterId + "/list?firstResult=0&maxResults=" + size;
        String body = "{\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[],"
                + "\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}],\"active\":true}";
        // the first call warms the query's plan and caches; it is not counted
        HttpResponse<String> first = post(url, user, body);
        check(first, label);
        int results = countOccurrences(first.body(), "\"taskDefinitionKey\"");
        long[] nanos = new long[repeats];
        for (int i = 0; i < repeats; i++) {
            long start = System.nanoTime();
            HttpResponse<String> response = post(url, user, body);
            nanos[i] = System.nanoTime() - start;
            check(response, label);
        }
        timings.add(timing(moment, label, openTasks, results, nanos, target));
    }

    private Timing timing(String moment, String label, long openTasks, int results, long[] nanos, String target) {
        List<Long> values = new ArrayList<>();
        for (long n : nanos) {
            values.add(n);
        }
        return new Timing(
                moment,
                label,
                openTasks,
                results,
                nanos.length,
                StepTimes.percentile(values, 50) / 1e6,
                StepTimes.percentile(values, 95) / 1e6,
                target);
    }

    private String filterId(String name) {
        ProcessEngine engine = application.engine();
        Filter filter =
                engine.getFilterService().createFilterQuery().filterName(name).singleResult();
        if (filter == null) {
            throw new IllegalStateException("no Tasklist filter " + name);
        }
        return filter.getId();
    }

    private HttpResponse<String> post(String url, String user, String body) {
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", basic(user))
                .header("Content-Type", "application/json")
                .header("Accept", "application/hal+json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    private HttpResponse<String> get(String url, String user) {
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", basic(user))
                .GET()
                .build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException("request " + request.uri() + " failed", e);
        }
    }

    private static void check(HttpResponse<String> response, String what) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException(what + ": HTTP " + response.statusCode() + " " + response.body());
        }
    }

    private static String basic(String user) {
        return "Basic "
                + Base64.getEncoder()
                        .encodeToString((user + ":" + ApplicationUnderBench.PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private static int countOccurrences(String text, String needle) {
        int count = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            count++;
        }
        return count;
    }
}
