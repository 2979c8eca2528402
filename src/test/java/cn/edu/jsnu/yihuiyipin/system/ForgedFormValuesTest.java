package cn.edu.jsnu.yihuiyipin.system;

import static org.assertj.core.api.Assertions.assertThat;

import cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess;
import cn.edu.jsnu.yihuiyipin.project.BrandProject;
import cn.edu.jsnu.yihuiyipin.project.BrandProjectRepository;
import cn.edu.jsnu.yihuiyipin.project.BrandRoundRepository;
import cn.edu.jsnu.yihuiyipin.system.DeployedForms.Field;
import cn.edu.jsnu.yihuiyipin.system.DeployedForms.Form;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The server trusts no form's validation. For every form in {@code forms/} and every user task or start
 * event in {@code bpmn/} that shows it, each field is sent forged values over {@code /engine-rest}, as the
 * user who may complete the task (or the admin who starts rounds): below min, above max, fractions where
 * whole numbers are asked, text where a number is asked, JSON where text is asked, choices the form does
 * not offer, 4-byte characters where a pattern forbids them, text beyond the form's maxLength or
 * Camunda's 4,000 characters, and nothing where something is required. Each must answer 400 with
 * {@code {"type": "InvalidTaskInputException", "message": <Chinese naming the field>}}, leave the task
 * open with its assignee and its variables, and write nothing to the application's tables.
 *
 * <p>4-byte characters are legal content where no pattern forbids them ({@link #fourByteCharactersAreKeptInFreeText}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(LiveFormTasks.class)
class ForgedFormValuesTest {

    static final Path FORMS = Path.of("forms");
    static final Path MODELS = Path.of("bpmn");
    static final List<String> TABLES = List.of(
            "brand_round",
            "brand_project",
            "project_status_change",
            "expert_review",
            "progress_report",
            "guidance_record",
            "project_summary");

    /** Valid values of the fields whose pattern a generic "测试内容" would not match. */
    static final Map<String, String> PATTERN_VALUES = Map.of(
            "phone", "13912345678",
            "fundingUsed", "100.00",
            "fundingSpent", "100.00");

    static final ObjectMapper JSON = new ObjectMapper();
    static final DeployedForms DEPLOYED = new DeployedForms();

    @Autowired
    TestRestTemplate rest;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TaskService taskService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    BrandRoundRepository rounds;

    @Autowired
    BrandProjectRepository projects;

    @Autowired
    LiveFormTasks live;

    @Value("${camunda.bpm.admin-user.id}")
    String adminId;

    @Value("${camunda.bpm.admin-user.password}")
    String adminPassword;

    /** A value as a REST client sends it: {@code {"value": ..., "type": ...}}. */
    record Sent(Object value, String type) {

        static Sent of(Object value) {
            if (value == null) {
                return new Sent(null, "Null");
            }
            String type;
            if (value instanceof Integer) {
                type = "Integer";
            } else if (value instanceof Long) {
                type = "Long";
            } else if (value instanceof Double || value instanceof BigDecimal) {
                type = "Double";
            } else if (value instanceof Boolean) {
                type = "Boolean";
            } else {
                type = "String";
            }
            return new Sent(value instanceof BigDecimal b ? b.doubleValue() : value, type);
        }

        static Sent json(String json) {
            return new Sent(json, "Json");
        }

        Map<String, Object> dto() {
            Map<String, Object> dto = new LinkedHashMap<>();
            dto.put("value", value);
            dto.put("type", type);
            return dto;
        }
    }

    /** Where a form is shown: a user task or a process's start event. */
    record FormUse(String formId, String processKey, String elementId, boolean startForm) {}

    /** One forged value for one field of one form use. */
    record Forgery(FormUse use, Field field, String what, Sent value) {
        @Override
        public String toString() {
            return use.formId() + " @ " + use.elementId() + " · " + field.key() + "（" + field.label() + "）: " + what;
        }
    }

    static List<FormUse> formUses() throws IOException {
        List<FormUse> uses = new ArrayList<>();
        try (Stream<Path> files = Files.list(MODELS)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
                BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
                for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                    add(uses, processOf(task), task.getCamundaFormRef(), task.getId(), false);
                }
                for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
                    add(uses, processOf(start), start.getCamundaFormRef(), start.getId(), true);
                }
            }
        }
        return uses;
    }

    private static Process processOf(ModelElementInstance element) {
        ModelElementInstance parent = element.getParentElement();
        while (!(parent instanceof Process)) {
            parent = parent.getParentElement();
        }
        return (Process) parent;
    }

    private static void add(List<FormUse> uses, Process process, String formRef, String elementId, boolean start) {
        if (formRef != null) {
            uses.add(new FormUse(formRef, process.getId(), elementId, start));
        }
    }

    static Stream<Forgery> forgeries() throws IOException {
        List<Forgery> forgeries = new ArrayList<>();
        for (FormUse use : formUses()) {
            Form form = DEPLOYED.form(use.formId()).orElseThrow(() -> new AssertionError("no form " + use.formId()));
            for (Field field : form.fields()) {
                forgeries.addAll(forgeriesOf(use, field));
            }
        }
        return forgeries.stream();
    }

    static List<Forgery> forgeriesOf(FormUse use, Field field) {
        List<Forgery> list = new ArrayList<>();
        if (field.readonly()) {
            if (field.isText()) {
                int length = field.maxLength() == null ? ProcessText.MAX_VARIABLE_LENGTH + 1 : field.maxLength() + 1;
                list.add(new Forgery(use, field, length + " 字（只读字段）", Sent.of("长".repeat(length))));
            }
            return list;
        }
        if (field.required()) {
            list.add(new Forgery(use, field, "缺少必填值", Sent.of(null)));
        }
        switch (field.type()) {
            case "textfield", "textarea" -> {
                int max = field.maxLength() == null
                        ? ProcessText.MAX_VARIABLE_LENGTH
                        : Math.min(field.maxLength(), ProcessText.MAX_VARIABLE_LENGTH);
                list.add(new Forgery(use, field, (max + 1) + " 字", Sent.of("长".repeat(max + 1))));
                if (field.maxLength() == null || field.maxLength() > ProcessText.MAX_VARIABLE_LENGTH) {
                    list.add(new Forgery(use, field, "超过 4000 字", Sent.of("长".repeat(4001))));
                }
                list.add(new Forgery(use, field, "JSON 而非文字", Sent.json("{\"forged\":true}")));
                if (field.pattern() != null) {
                    list.add(new Forgery(use, field, "4 字节字符（格式不允许）", Sent.of("𠮷😀")));
                }
            }
            case "number" -> {
                int digits = field.decimalDigits() == null ? 2 : field.decimalDigits();
                if (field.min() != null) {
                    list.add(
                            new Forgery(use, field, "小于最小值", Sent.of(field.min().subtract(BigDecimal.ONE))));
                }
                if (field.max() != null) {
                    list.add(
                            new Forgery(use, field, "大于最大值", Sent.of(field.max().add(BigDecimal.ONE))));
                }
                list.add(new Forgery(use, field, "文字而非数字", Sent.of("二十")));
                BigDecimal inside = field.min() == null ? BigDecimal.ONE : field.min();
                BigDecimal tooFine = inside.add(BigDecimal.ONE.movePointLeft(digits + 1));
                list.add(new Forgery(use, field, "超过 " + digits + " 位小数", Sent.of(tooFine)));
            }
            case "select", "radio" -> list.add(new Forgery(use, field, "表单中没有的选项", Sent.of("FORGED_CHOICE")));
            case "checkbox" -> list.add(new Forgery(use, field, "非勾选值", Sent.of("maybe")));
            case "datetime" -> {
                list.add(new Forgery(use, field, "不存在的日期", Sent.of("2027-02-30")));
                list.add(new Forgery(use, field, "文字而非日期", Sent.of("下周一")));
            }
            default -> throw new AssertionError("no forgeries for field type " + field.type() + " of " + use.formId());
        }
        return list;
    }

    /** What a careful user would send: every editable field filled within the form's rules. */
    static Map<String, Sent> validValues(Form form) {
        Map<String, Sent> values = new LinkedHashMap<>();
        for (Field field : form.fields()) {
            if (field.readonly()) {
                continue;
            }
            Object value = switch (field.type()) {
                case "textfield", "textarea" -> field.pattern() == null ? "测试内容" : PATTERN_VALUES.get(field.key());
                case "number" -> field.min() == null ? BigDecimal.ONE : field.min();
                case "select", "radio" ->
                    field.values().isEmpty() ? null : field.values().iterator().next();
                case "checkbox" -> Boolean.FALSE;
                case "datetime" -> "2030-04-10";
                default -> null;
            };
            if (value != null) {
                values.put(
                        field.key(), Sent.of(value instanceof BigDecimal b && b.scale() <= 0 ? b.intValue() : value));
            }
        }
        return values;
    }

    @Test
    void everyFormIsShownSomewhereAndWalked() throws IOException {
        Set<String> used = new TreeSet<>();
        formUses().forEach(use -> used.add(use.formId()));
        assertThat(used).isEqualTo(new TreeSet<>(DEPLOYED.all().keySet()));
        assertThat(forgeries().count()).isGreaterThan(150);
        assertThat(DEPLOYED.all().keySet()).contains("round-start", "application", "application-withdrawal");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forgeries")
    void forgedValueIsRefusedWith400AndNothingChanges(Forgery forgery) {
        Form form = DEPLOYED.form(forgery.use().formId()).orElseThrow();
        Map<String, Sent> sent = validValues(form);
        sent.put(forgery.field().key(), forgery.value());
        Task task = forgery.use().startForm() ? null : live.task(forgery.use().elementId());
        Map<String, List<Map<String, Object>>> tablesBefore = tables();

        if (forgery.use().startForm()) {
            long roundsBefore = runtimeService
                    .createProcessInstanceQuery()
                    .processDefinitionKey(forgery.use().processKey())
                    .count();
            ResponseEntity<String> response = post(
                    adminId,
                    adminPassword,
                    "/engine-rest/process-definition/key/" + forgery.use().processKey() + "/submit-form",
                    sent);
            assertRefused(response, forgery);
            assertThat(runtimeService
                            .createProcessInstanceQuery()
                            .processDefinitionKey(forgery.use().processKey())
                            .count())
                    .as("no round started")
                    .isEqualTo(roundsBefore);
        } else {
            Map<String, Object> variablesBefore = taskService.getVariables(task.getId());
            ResponseEntity<String> response = post(
                    task.getAssignee(),
                    LiveFormTasks.password(task.getAssignee()),
                    "/engine-rest/task/" + task.getId() + "/complete",
                    sent);
            assertRefused(response, forgery);
            Task after = taskService.createTaskQuery().taskId(task.getId()).singleResult();
            assertThat(after).as("the task stays open").isNotNull();
            assertThat(after.getAssignee()).as("and claimed").isEqualTo(task.getAssignee());
            assertThat(taskService.getVariables(task.getId()))
                    .as("and nothing of the submission is stored")
                    .isEqualTo(variablesBefore);
        }
        assertThat(tables()).as("the application's tables").isEqualTo(tablesBefore);
    }

    private static void assertRefused(ResponseEntity<String> response, Forgery forgery) {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode body = json(response);
        assertThat(body.path("type").asText()).isEqualTo("InvalidTaskInputException");
        assertThat(body.path("message").asText())
                .as("a Chinese sentence naming the field")
                .containsPattern("\\p{IsHan}")
                .contains(forgery.field().label())
                .doesNotContain("ENGINE-", "Exception");
    }

    @Test
    void fourByteCharactersAreKeptInFreeText() {
        Task fill = live.freshTask(BrandApplicationProcess.Elements.TASK_FILL_APPLICATION);
        Map<String, Sent> sent = new LinkedHashMap<>();
        sent.put("notApplying", Sent.of(false));
        sent.put("projectName", Sent.of("𠮷野家读书会😀"));
        sent.put("category", Sent.of("CULTURE"));
        sent.put("leader", Sent.of("𠮷老师"));
        sent.put("phone", Sent.of("13912345678"));
        sent.put("foundation", Sent.of("拉面🍜分享会已办三年"));
        sent.put("goals", Sent.of("书香𠮷野"));
        sent.put("plan", Sent.of("每月一次😀"));
        sent.put("expectedResults", Sent.of("读书笔记集📚"));
        sent.put("requestedBudget", Sent.of(8000));
        sent.put("continuesBrand", Sent.of(false));

        ResponseEntity<String> response = post(
                fill.getAssignee(),
                LiveFormTasks.password(fill.getAssignee()),
                "/engine-rest/task/" + fill.getId() + "/complete",
                sent);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        BrandProject project = projects.findAll().stream()
                .filter(p -> fill.getProcessInstanceId().equals(p.getProcessInstanceId()))
                .findFirst()
                .orElseThrow();
        assertThat(project.getName()).isEqualTo("𠮷野家读书会😀");
        assertThat(project.getLeader()).isEqualTo("𠮷老师");
        assertThat(jdbc.queryForObject(
                        "select foundation from brand_project where id = ?", String.class, project.getId()))
                .isEqualTo("拉面🍜分享会已办三年");
    }

    @Test
    void tasklistsOwnApiAnswersTheSame400() throws Exception {
        Task check = live.freshTask(BrandApplicationProcess.Elements.TASK_FORMAL_CHECK_UNION);
        Map<String, Sent> sent = Map.of("formalCheckResult", Sent.of("MAYBE"), "formalCheckComment", Sent.of("好"));

        Webapp tasklist = new Webapp(rest.getRootUri());
        assertThat(tasklist.login(check.getAssignee(), LiveFormTasks.password(check.getAssignee()))
                        .statusCode())
                .isEqualTo(200);
        java.net.http.HttpResponse<String> response =
                tasklist.post("/camunda/api/engine/engine/default/task/" + check.getId() + "/submit-form", body(sent));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode json = JSON.readTree(response.body());
        assertThat(json.path("type").asText()).isEqualTo("InvalidTaskInputException");
        assertThat(json.path("message").asText()).isEqualTo("“审查结论”没有“MAYBE”这一选项。");
        assertThat(taskService.createTaskQuery().taskId(check.getId()).singleResult())
                .isNotNull();

        // a rule of the listener's own, which the form cannot know: returning needs a comment
        java.net.http.HttpResponse<String> returned = tasklist.post(
                "/camunda/api/engine/engine/default/task/" + check.getId() + "/submit-form",
                body(Map.of("formalCheckResult", Sent.of("RETURN"))));
        assertThat(returned.statusCode()).as(returned.body()).isEqualTo(400);
        assertThat(JSON.readTree(returned.body()).path("message").asText()).isEqualTo("退回修改时请填写审查意见，说明需要单位修改的内容");
    }

    @Test
    void roundStartRefusalsAre400WithTheSentenceAndStoreNothing() throws Exception {
        int taken = live.unusedRoundYear();
        rounds.save(LiveFormTasks.roundOf(taken));
        int free = live.unusedRoundYear();
        Map<String, List<Map<String, Object>>> tablesBefore = tables();

        assertStartRefused(
                Map.of("roundYear", Sent.of(taken), "fundingPool", Sent.of(100000)), taken + "年度“一会一品”品牌创建已经开启，不能重复开启");
        assertStartRefused(
                Map.of(
                        "roundYear",
                        Sent.of(free),
                        "fundingPool",
                        Sent.of(100000),
                        "applicationDeadline",
                        Sent.of(free + "-04-20"),
                        "reviewStart",
                        Sent.of(free + "-04-10")),
                "评审开始");
        int past = live.unusedPastRoundYear();
        assertStartRefused(
                Map.of("roundYear", Sent.of(past), "fundingPool", Sent.of(100000)),
                past + "年度的申报截止时间（" + past + "-03-31）已过");

        assertThat(tables()).isEqualTo(tablesBefore);
        assertThat(rounds.existsByYear(free)).isFalse();

        // Tasklist's start form goes through the webapps' API: the same answer
        Webapp tasklist = new Webapp(rest.getRootUri());
        assertThat(tasklist.login(adminId, adminPassword).statusCode()).isEqualTo(200);
        java.net.http.HttpResponse<String> response = tasklist.post(
                "/camunda/api/engine/engine/default/process-definition/key/brand-round/submit-form",
                body(Map.of("roundYear", Sent.of(taken), "fundingPool", Sent.of(100000))));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).path("message").asText())
                .isEqualTo(taken + "年度“一会一品”品牌创建已经开启，不能重复开启");
    }

    private void assertStartRefused(Map<String, Sent> sent, String sentence) {
        ResponseEntity<String> response =
                post(adminId, adminPassword, "/engine-rest/process-definition/key/brand-round/submit-form", sent);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode body = json(response);
        assertThat(body.path("type").asText()).isEqualTo("InvalidTaskInputException");
        assertThat(body.path("message").asText()).contains(sentence).doesNotContain("ENGINE-");
    }

    @Test
    void otherErrorsKeepCamundasOwnAnswer() {
        Task check = live.task(BrandApplicationProcess.Elements.TASK_FORMAL_CHECK_UNION);

        ResponseEntity<String> foreign = post(
                LiveFormTasks.UNIT,
                LiveFormTasks.password(LiveFormTasks.UNIT),
                "/engine-rest/task/" + check.getId() + "/complete",
                Map.of("formalCheckResult", Sent.of("MAYBE")));

        assertThat(foreign.getStatusCode()).as(foreign.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(json(foreign).path("type").asText()).isEqualTo("AuthorizationException");
    }

    // ---- REST

    private ResponseEntity<String> post(String user, String password, String path, Map<String, Sent> variables) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(user, password)
                .exchange(path, HttpMethod.POST, new HttpEntity<>(body(variables), headers), String.class);
    }

    private static String body(Map<String, Sent> variables) {
        Map<String, Object> dtos = new LinkedHashMap<>();
        variables.forEach((key, value) -> dtos.put(key, value.dto()));
        try {
            return JSON.writeValueAsString(Map.of("variables", dtos));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(ResponseEntity<String> response) {
        try {
            return JSON.readTree(response.getBody());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.getBody(), e);
        }
    }

    private Map<String, List<Map<String, Object>>> tables() {
        Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
        for (String table : TABLES) {
            rows.put(table, jdbc.queryForList("select * from " + table + " order by id"));
        }
        return rows;
    }

    /** A browser-like session of the Camunda webapps: cookies and the XSRF token they require. */
    static final class Webapp {

        private final String root;
        private final java.net.CookieManager cookies = new java.net.CookieManager();
        private final java.net.http.HttpClient client =
                java.net.http.HttpClient.newBuilder().cookieHandler(cookies).build();

        Webapp(String root) {
            this.root = root;
        }

        java.net.http.HttpResponse<String> login(String user, String password) throws Exception {
            send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(root + "/camunda/app/tasklist/default/"))
                    .GET());
            String form = "username=" + java.net.URLEncoder.encode(user, java.nio.charset.StandardCharsets.UTF_8)
                    + "&password=" + java.net.URLEncoder.encode(password, java.nio.charset.StandardCharsets.UTF_8);
            java.net.http.HttpResponse<String> login = send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create(root + "/camunda/api/admin/auth/user/default/login/tasklist"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)));
            // the login starts a new session; its token comes with the next page, as Tasklist loads one
            send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(root + "/camunda/app/tasklist/default/"))
                    .GET());
            return login;
        }

        java.net.http.HttpResponse<String> post(String path, String json) throws Exception {
            return send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(root + path))
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(json)));
        }

        private java.net.http.HttpResponse<String> send(java.net.http.HttpRequest.Builder request) throws Exception {
            String token = cookies.getCookieStore().getCookies().stream()
                    .filter(c -> c.getName().equals("XSRF-TOKEN"))
                    .map(java.net.HttpCookie::getValue)
                    .findFirst()
                    .orElse("");
            return client.send(
                    request.header("X-XSRF-TOKEN", token).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        }
    }
}
