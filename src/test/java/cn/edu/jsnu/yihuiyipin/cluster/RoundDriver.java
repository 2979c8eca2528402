package cn.edu.jsnu.yihuiyipin.cluster;

import static cn.edu.jsnu.yihuiyipin.cluster.Node.ADMIN;

import cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess;
import cn.edu.jsnu.yihuiyipin.process.BrandCultivationProcess;
import cn.edu.jsnu.yihuiyipin.process.BrandRoundProcess;
import cn.edu.jsnu.yihuiyipin.process.SharedVariables;
import cn.edu.jsnu.yihuiyipin.review.AcceptanceCriterion;
import cn.edu.jsnu.yihuiyipin.review.ApprovalCriterion;
import cn.edu.jsnu.yihuiyipin.review.ReviewCriterion;
import cn.edu.jsnu.yihuiyipin.support.ApplicationSteps;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.StreamSupport;

/**
 * Drives one round over {@code /engine-rest} as the people of the programme would, without waiting
 * months: users complete their tasks (several at once where several people work at once), and the
 * admin makes the timers due through the job API ({@code PUT /job/{id}/duedate}); the nodes' job
 * executors then run them, and every async continuation, on their own. Every wait has a timeout and
 * names what it waited for, with the open incidents and failing jobs.
 *
 * <p>The script, the same for every run: three units apply ({@link #APPLICANTS}: 95, 85 and 90 points
 * in review, 95, 80 and 50 in acceptance), {@value #DECLINER} declines, every other unit misses the
 * deadline; every application passes the formal check and is approved; one progress report with
 * guidance; the awards are confirmed unchanged.
 */
final class RoundDriver {

    static final String PASSWORD = "demo";
    static final String POOL = "30000";

    record Applicant(String unit, String project, String category, int budget, int reviewEach, int acceptanceEach) {}

    static final List<Applicant> APPLICANTS = List.of(
            new Applicant("wxy-gh", "书香文苑读书会", "CULTURE", 12000, 19, 19),
            new Applicant("jsj-gh", "青年教师成长营", "ACHIEVEMENT", 15000, 17, 16),
            new Applicant("wgy-fw", "巾帼外语沙龙", "GENERAL", 10000, 18, 10));

    static final String DECLINER = "jg-gh";

    /** Who works in this round and their groups: the demo users, plus two units the demo has no user for. */
    static final Map<String, List<String>> USERS = new LinkedHashMap<>();

    /** Who claims a candidate task of each group. */
    static final Map<String, String> WORKER = new LinkedHashMap<>();

    static {
        USERS.put("gh-office", List.of("union-office"));
        USERS.put("fl-office", List.of("women-office"));
        USERS.put("wxy-gh", List.of("unit-wxy-gh"));
        USERS.put("wgy-fw", List.of("unit-wgy-fw"));
        USERS.put("jsj-gh", List.of("unit-jsj-gh"));
        USERS.put("jg-gh", List.of("unit-jg-gh"));
        USERS.put("zj-gh1", List.of("experts-union"));
        USERS.put("zj-gh2", List.of("experts-union"));
        // 文学院分工会's own expert: recused (回避) from its project
        USERS.put("zj-gh3", List.of("experts-union", "unit-wxy-gh"));
        USERS.put("zj-fl1", List.of("experts-women"));
        USERS.put("zj-fl2", List.of("experts-women"));
        USERS.forEach((user, groups) -> WORKER.putIfAbsent(groups.get(0), user));
    }

    private static final DateTimeFormatter REST_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    private final Rest rest;
    private final Duration timeout;
    private final ExecutorService people = Executors.newFixedThreadPool(4);

    RoundDriver(Rest rest, Duration timeout) {
        this.rest = rest;
        this.timeout = timeout;
    }

    void close() {
        people.shutdownNow();
    }

    // ---- people and the round itself

    /** Creates over REST, as an admin would in Admin, whoever is missing (all of them outside the demo). */
    void ensureUsers() {
        USERS.forEach((user, groups) -> {
            if (rest.get(ADMIN, "/user?id=" + user).isEmpty()) {
                rest.post(
                        ADMIN,
                        "/user/create",
                        Map.of(
                                "profile",
                                Map.of(
                                        "id",
                                        user,
                                        "firstName",
                                        user,
                                        "lastName",
                                        "测试",
                                        "email",
                                        user + "@test.jsnu.edu.cn"),
                                "credentials",
                                Map.of("password", PASSWORD)));
            }
            for (String group : groups) {
                if (rest.get(ADMIN, "/user?id=" + user + "&memberOfGroup=" + group)
                        .isEmpty()) {
                    rest.put(ADMIN, "/group/" + group + "/members/" + user, null);
                }
            }
        });
    }

    /** The admin's start form (forms/round-start.form): year, pool and dates from tomorrow on. */
    String openRound(int year) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        Map<String, Object> form = new LinkedHashMap<>();
        form.put(SharedVariables.ROUND_YEAR.name(), year);
        form.put(BrandRoundProcess.Vars.FUNDING_POOL.name(), Integer.valueOf(POOL));
        form.put(SharedVariables.APPLICATION_DEADLINE.name(), today.plusDays(1).toString());
        form.put(SharedVariables.REVIEW_START.name(), today.plusDays(2).toString());
        form.put(SharedVariables.REVIEW_DEADLINE.name(), today.plusDays(10).toString());
        form.put(SharedVariables.ACCEPTANCE_START.name(), today.plusDays(20).toString());
        form.put(SharedVariables.ACCEPTANCE_DEADLINE.name(), today.plusDays(30).toString());
        JsonNode instance = rest.post(
                ADMIN,
                "/process-definition/key/" + BrandRoundProcess.KEY + "/submit-form",
                Map.of("variables", typed(form)));
        return instance.get("id").asText();
    }

    /** The round of this year, opened by someone else (the demo does it on the first start). */
    String awaitOpenRound(int year) {
        JsonNode rounds = await(
                "the " + year + " round",
                () -> nonEmpty(rest.get(
                        ADMIN,
                        "/process-instance?processDefinitionKey=" + BrandRoundProcess.KEY + "&businessKey=" + year)));
        if (rounds.size() != 1) {
            throw new AssertionError("one " + year + " round expected, found " + rounds);
        }
        return rounds.get(0).get("id").asText();
    }

    /** Every step of the script, from the open round to the published awards. */
    void runWholeRound(String round) {
        applyAndReview(round);
        awaitApprovedList(round);
        confirmListAndAccept(round);
        awaitAwardConfirmation(round);
        confirmAwards(round);
    }

    // ---- steps 1–2: 项目申报与评审立项, up to the last decision

    /** Every unit's application, once the round holds no more of the jobs that start them. */
    Map<String, String> awaitApplicationsStarted(String round) {
        return await("every unit's application to start", () -> {
            if (count("/job/count?processInstanceId=" + round + "&messages=true") > 0) {
                return null;
            }
            Map<String, String> started = children(round, BrandApplicationProcess.KEY);
            boolean all =
                    started.containsKey(DECLINER) && APPLICANTS.stream().allMatch(a -> started.containsKey(a.unit()));
            return all ? started : null;
        });
    }

    void applyAndReview(String round) {
        // each unit's application starts in a job of its own after the round opens: every unit has its
        // application once the round holds no more of those jobs (the script's units alone are not enough,
        // a unit started late would never be made due)
        Map<String, String> applications = awaitApplicationsStarted(round);
        inParallel(
                APPLICANTS,
                a -> work(
                        awaitTask(applications.get(a.unit()), BrandApplicationProcess.Elements.TASK_FILL_APPLICATION),
                        ApplicationSteps.application(a.project(), a.category(), a.budget())));
        work(
                awaitTask(applications.get(DECLINER), BrandApplicationProcess.Elements.TASK_FILL_APPLICATION),
                Map.of(BrandApplicationProcess.Vars.NOT_APPLYING.name(), true));
        applications.forEach((unit, instance) -> {
            if (!unit.equals(DECLINER)
                    && APPLICANTS.stream().noneMatch(a -> a.unit().equals(unit))) {
                makeDue(instance, BrandApplicationProcess.Elements.TIMER_APPLICATION_DEADLINE);
            }
        });
        await(
                "every unit but the applicants past the deadline",
                () -> count("/process-instance/count?superProcessInstance=" + round) == APPLICANTS.size()
                        ? true
                        : null);

        inParallel(
                APPLICANTS,
                a -> work(
                        awaitTask(applications.get(a.unit()), "Task_FormalCheck"),
                        Map.of(
                                BrandApplicationProcess.Vars.FORMAL_CHECK_RESULT.name(),
                                BrandApplicationProcess.FORMAL_CHECK_PASS)));
        APPLICANTS.forEach(
                a -> makeDue(applications.get(a.unit()), BrandApplicationProcess.Elements.TIMER_REVIEW_PERIOD_OPENS));

        List<Runnable> reviews = new ArrayList<>();
        for (Applicant a : APPLICANTS) {
            for (JsonNode review :
                    awaitTasks(applications.get(a.unit()), BrandApplicationProcess.Elements.TASK_EXPERT_REVIEW)) {
                Map<String, Object> form = scores(ApprovalCriterion.values(), a.reviewEach());
                form.put(BrandApplicationProcess.Vars.REVIEW_OPINION.name(), "同意");
                reviews.add(() -> work(review, form));
            }
        }
        inParallel(reviews, Runnable::run);

        inParallel(
                APPLICANTS,
                a -> work(
                        awaitTask(applications.get(a.unit()), BrandApplicationProcess.Elements.TASK_DECIDE_APPROVAL),
                        Map.of(
                                BrandApplicationProcess.Vars.DECISION.name(),
                                "APPROVE",
                                BrandApplicationProcess.Vars.DECISION_OPINION.name(),
                                "同意立项")));
    }

    /** 核定建设经费 runs in a job once every application has ended; then 立项公示审定 opens. */
    void awaitApprovedList(String round) {
        awaitTask(round, BrandRoundProcess.Elements.TASK_CONFIRM_APPROVED_LIST);
    }

    // ---- steps 3–4: 立项公示, 过程培育, 评估验收, up to the last acceptance review

    void confirmListAndAccept(String round) {
        for (JsonNode confirmation : awaitTasks(round, BrandRoundProcess.Elements.TASK_CONFIRM_APPROVED_LIST)) {
            work(
                    confirmation,
                    Map.of(
                            BrandRoundProcess.Vars.APPROVED_LIST_CONFIRMED.name(),
                            true,
                            BrandRoundProcess.Vars.APPROVED_LIST_REMARK.name(),
                            "公示无异议"));
        }
        Map<String, String> cultivations = await("one brand-cultivation per approved project", () -> {
            Map<String, String> found = children(round, BrandCultivationProcess.KEY);
            return found.size() == APPLICANTS.size() ? found : null;
        });

        // one quarterly progress report with the office's guidance, its timer made due
        String first = cultivations.get(APPLICANTS.get(0).unit());
        makeDue(first, BrandCultivationProcess.Elements.START_PROGRESS_REPORT_DUE);
        work(
                awaitTask(first, BrandCultivationProcess.Elements.TASK_SUBMIT_PROGRESS_REPORT),
                Map.of(
                        BrandCultivationProcess.Vars.ACTIVITIES.name(),
                        "读书沙龙四次",
                        BrandCultivationProcess.Vars.PARTICIPANTS.name(),
                        120,
                        BrandCultivationProcess.Vars.FUNDING_SPENT.name(),
                        4000));
        work(
                awaitTask(first, BrandCultivationProcess.Elements.TASK_GUIDE_PROJECT),
                Map.of(
                        BrandCultivationProcess.Vars.ADVICE.name(),
                        "注重积累活动图片和宣传报道",
                        BrandCultivationProcess.Vars.RATING.name(),
                        "ON_TRACK"));

        // 次年1月: the round enters 评估验收, each building period ends
        makeDue(round, BrandRoundProcess.Elements.TIMER_ACCEPTANCE_STARTS);
        await(
                "the round's acceptance timer to fire",
                () -> timers(round, BrandRoundProcess.Elements.TIMER_ACCEPTANCE_STARTS)
                                .isEmpty()
                        ? true
                        : null);
        cultivations.values().forEach(pi -> makeDue(pi, BrandCultivationProcess.Elements.TIMER_ACCEPTANCE_DATE));

        inParallel(
                APPLICANTS,
                a -> work(
                        awaitTask(cultivations.get(a.unit()), BrandCultivationProcess.Elements.TASK_SUBMIT_SUMMARY),
                        Map.of(
                                BrandCultivationProcess.Vars.IMPLEMENTATION.name(),
                                "全年开展活动四次",
                                BrandCultivationProcess.Vars.RESULTS.name(),
                                "形成“" + a.project() + "”品牌",
                                BrandCultivationProcess.Vars.FUNDING_USED.name(),
                                "7650.5",
                                BrandCultivationProcess.Vars.SELF_ASSESSMENT.name(),
                                "达到预期目标")));

        List<Runnable> reviews = new ArrayList<>();
        for (Applicant a : APPLICANTS) {
            for (JsonNode review :
                    awaitTasks(cultivations.get(a.unit()), BrandCultivationProcess.Elements.TASK_ACCEPTANCE_REVIEW)) {
                Map<String, Object> form = scores(AcceptanceCriterion.values(), a.acceptanceEach());
                form.put(BrandCultivationProcess.Vars.ACCEPTANCE_OPINION.name(), "汇报清楚");
                reviews.add(() -> work(review, form));
            }
        }
        inParallel(reviews, Runnable::run);
    }

    /** 评选表彰 runs in a job once every cultivation has ended; then 表彰审定及推荐 opens. */
    void awaitAwardConfirmation(String round) {
        awaitTask(round, BrandRoundProcess.Elements.TASK_CONFIRM_AWARDS);
    }

    // ---- step 5: 表彰审定及推荐 unchanged, 发布表彰结果

    void confirmAwards(String round) {
        for (JsonNode confirmation : awaitTasks(round, BrandRoundProcess.Elements.TASK_CONFIRM_AWARDS)) {
            work(confirmation, Map.of());
        }
        await(
                "the round to close",
                () -> "COMPLETED"
                                .equals(rest.get(ADMIN, "/history/process-instance/" + round)
                                        .get("state")
                                        .asText())
                        ? true
                        : null);
    }

    // ---- building blocks

    /** The unit codes and instance ids of a round's call-activity children of one process. */
    Map<String, String> children(String round, String processKey) {
        Map<String, String> byUnit = new LinkedHashMap<>();
        for (JsonNode child : rest.get(
                ADMIN, "/process-instance?superProcessInstance=" + round + "&processDefinitionKey=" + processKey)) {
            String businessKey = child.get("businessKey").asText();
            byUnit.put(
                    businessKey.substring(businessKey.indexOf('/') + 1),
                    child.get("id").asText());
        }
        return byUnit;
    }

    /** Claims a candidate task as the group's worker (an assigned one is worked by its assignee) and completes it. */
    void work(JsonNode task, Map<String, Object> variables) {
        String id = task.get("id").asText();
        String user;
        if (task.hasNonNull("assignee")) {
            user = task.get("assignee").asText();
        } else {
            user = worker(id);
            rest.post(user, "/task/" + id + "/claim", Map.of("userId", user));
        }
        rest.post(user, "/task/" + id + "/complete", Map.of("variables", typed(variables)));
    }

    private String worker(String taskId) {
        for (JsonNode link : rest.get(ADMIN, "/task/" + taskId + "/identity-links?type=candidate")) {
            String group = link.path("groupId").asText(null);
            if (group != null && WORKER.containsKey(group)) {
                return WORKER.get(group);
            }
        }
        throw new AssertionError("nobody in the script works task " + taskId + " ("
                + rest.get(ADMIN, "/task/" + taskId + "/identity-links") + ")");
    }

    JsonNode awaitTask(String processInstanceId, String keyPrefix) {
        return awaitTasks(processInstanceId, keyPrefix).get(0);
    }

    /** The open tasks whose key starts with the prefix (a task split per channel keeps its prefix). */
    List<JsonNode> awaitTasks(String processInstanceId, String keyPrefix) {
        JsonNode tasks = await(
                keyPrefix + " in " + processInstanceId,
                () -> nonEmpty(rest.get(
                        ADMIN,
                        "/task?processInstanceId=" + processInstanceId + "&taskDefinitionKeyLike="
                                + encode(keyPrefix + "%"))));
        return StreamSupport.stream(tasks.spliterator(), false).toList();
    }

    private JsonNode timers(String processInstanceId, String activityId) {
        return rest.get(
                ADMIN, "/job?processInstanceId=" + processInstanceId + "&activityId=" + activityId + "&timers=true");
    }

    /** Sets the timer's due date to now: the job executors pick it up within a second. */
    void makeDue(String processInstanceId, String activityId) {
        JsonNode jobs = await(
                "timer " + activityId + " of " + processInstanceId,
                () -> nonEmpty(timers(processInstanceId, activityId)));
        String now =
                ZonedDateTime.now(ZoneId.of("Asia/Shanghai")).minusSeconds(1).format(REST_DATE);
        for (JsonNode job : jobs) {
            rest.put(ADMIN, "/job/" + job.get("id").asText() + "/duedate", Map.of("duedate", now));
        }
    }

    private long count(String path) {
        return rest.get(ADMIN, path).get("count").asLong();
    }

    <T> T await(String what, Supplier<T> probe) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            T value = probe.get();
            if (value != null) {
                return value;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Waited " + timeout + " for " + what + "; incidents: "
                        + rest.get(ADMIN, "/incident") + "; failing jobs: "
                        + rest.get(ADMIN, "/job?withException=true"));
            }
            Node.sleep(Duration.ofMillis(300));
        }
    }

    private static JsonNode nonEmpty(JsonNode array) {
        return array != null && array.isArray() && !array.isEmpty() ? array : null;
    }

    /** Runs the steps at once, as several people do, and fails with the first failure. */
    <T> void inParallel(List<T> items, Consumer<T> step) {
        List<CompletableFuture<Void>> running = items.stream()
                .map(item -> CompletableFuture.runAsync(() -> step.accept(item), people))
                .toList();
        try {
            CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof AssertionError failure) {
                throw failure;
            }
            throw e;
        }
    }

    private static Map<String, Object> scores(ReviewCriterion[] criteria, int each) {
        Map<String, Object> form = new HashMap<>();
        for (ReviewCriterion criterion : criteria) {
            form.put(criterion.variable(), each);
        }
        return form;
    }

    /** Camunda REST's typed values: {@code {"value": 12000, "type": "Integer"}}. */
    static Map<String, Object> typed(Map<String, Object> values) {
        Map<String, Object> typed = new LinkedHashMap<>();
        values.forEach((name, value) -> typed.put(name, Map.of("value", value, "type", type(value))));
        return typed;
    }

    private static String type(Object value) {
        if (value instanceof Integer) {
            return "Integer";
        }
        if (value instanceof Long) {
            return "Long";
        }
        if (value instanceof Boolean) {
            return "Boolean";
        }
        if (value instanceof Double || value instanceof BigDecimal) {
            return "Double";
        }
        return "String";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
