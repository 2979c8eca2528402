package cn.edu.jsnu.yihuiyipin.people;

import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.*;
import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.Elements.*;
import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.Vars.*;
import static cn.edu.jsnu.yihuiyipin.process.SharedVariables.*;
import static org.assertj.core.api.Assertions.assertThat;

import cn.edu.jsnu.yihuiyipin.process.BusinessKey;
import cn.edu.jsnu.yihuiyipin.project.BrandProject;
import cn.edu.jsnu.yihuiyipin.project.BrandProjectRepository;
import cn.edu.jsnu.yihuiyipin.project.BrandRound;
import cn.edu.jsnu.yihuiyipin.project.BrandRoundRepository;
import cn.edu.jsnu.yihuiyipin.project.ProjectCategory;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatus;
import cn.edu.jsnu.yihuiyipin.review.ExpertReview;
import cn.edu.jsnu.yihuiyipin.review.ExpertReviewRepository;
import cn.edu.jsnu.yihuiyipin.review.ReviewPhase;
import cn.edu.jsnu.yihuiyipin.support.HeadlessChromium;
import cn.edu.jsnu.yihuiyipin.support.Jobs;
import cn.edu.jsnu.yihuiyipin.support.TestRounds;
import cn.edu.jsnu.yihuiyipin.unit.GrassrootsUnitRepository;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The year's first steps as people do them, in Camunda Tasklist in headless Chromium: the admin opens
 * a round (start form) for a year nobody else uses, 文学院分工会 fills 附件1 (and first reads the server's
 * refusal of a brand it never had, with the form still open), 校工会 passes the formal
 * check, the review period opens (its timer fired here), an expert scores; the database must hold what
 * they typed.
 * Screenshots of each form go to {@code target/browser-screenshots/}.
 *
 * <p>Opt-in: tag {@code browser}, run with {@code ./mvnw -B verify -Dgroups=browser} after
 * {@code .ci/install-browser}; skipped when Debian's Chromium is missing. Selenium downloads nothing:
 * the browser and the driver are given by path.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TasklistBrowserTest {

    private static final Logger log = LoggerFactory.getLogger(TasklistBrowserTest.class);

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");
    static final Duration WAIT = Duration.ofSeconds(30);

    static final String UNIT_USER = "br-wxy";
    static final String OFFICE_USER = "br-gh-office";
    static final String EXPERT_USER = "br-expert";

    @LocalServerPort
    int port;

    @Value("${camunda.bpm.admin-user.id}")
    String adminId;

    @Value("${camunda.bpm.admin-user.password}")
    String adminPassword;

    @Autowired
    TestRounds testRounds;

    @Autowired
    IdentityService identityService;

    @Autowired
    AuthorizationService authorizationService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    ManagementService managementService;

    @Autowired
    Jobs jobs;

    @Autowired
    BrandRoundRepository rounds;

    @Autowired
    BrandProjectRepository projects;

    @Autowired
    GrassrootsUnitRepository units;

    @Autowired
    ExpertReviewRepository expertReviews;

    private WebDriver driver;
    private WebDriverWait wait;
    private Path profile;

    @BeforeAll
    static void browserInstalled() {
        Assumptions.assumeTrue(
                Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Debian's chromium and chromium-driver are not installed: run .ci/install-browser first");
    }

    @BeforeEach
    void startBrowser() throws IOException {
        // the driver is given, so Selenium Manager has nothing to look up or download
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        profile = Files.createTempDirectory("yyp-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--user-data-dir=" + profile,
                "--window-size=1400,2600",
                "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withEnvironment(Map.of("TZ", "Asia/Shanghai"))
                .build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, WAIT);
        Files.createDirectories(SCREENSHOTS);
        Files.deleteIfExists(SCREENSHOTS.resolve("failure.png"));
        Files.deleteIfExists(SCREENSHOTS.resolve("failure.html"));
    }

    @AfterEach
    void stopBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .map(Path::toFile)
                        .forEach(File::delete);
            }
        }
        TestPeople.forget(identityService, authorizationService, UNIT_USER, OFFICE_USER, EXPERT_USER);
    }

    @Test
    void unitAppliesOfficeChecksExpertScores() throws IOException {
        try {
            walkThrough();
        } catch (RuntimeException | AssertionError e) {
            // what the browser showed when it went wrong, beside the screenshots of the forms
            screenshot("failure");
            Files.writeString(SCREENSHOTS.resolve("failure.html"), driver.getPageSource());
            throw e;
        }
    }

    private void walkThrough() throws IOException {
        TestPeople.user(identityService, UNIT_USER, "文学院分工会主席", "unit-wxy-gh");
        TestPeople.user(identityService, OFFICE_USER, "校工会干事", Roles.UNION_OFFICE);
        TestPeople.user(identityService, EXPERT_USER, "校工会评审专家", Roles.EXPERTS_UNION);
        TestPeople.letCoverageListenerReadDefinition(authorizationService, UNIT_USER, KEY);
        TestPeople.letCoverageListenerReadDefinition(authorizationService, EXPERT_USER, KEY);
        // the start form allows 2020–2100; a year no other test of this context has used
        int year = 2030 + ThreadLocalRandom.current().nextInt(60);
        while (rounds.existsByYear(year)) {
            year++;
        }

        // 0 the admin opens the round from Tasklist's start form
        login(adminId, adminPassword);
        startProcess("年度“一会一品”品牌创建");
        type("年度", String.valueOf(year));
        type("项目建设经费总额（元）", "100000");
        // leaving the pool with TAB opened the next field's date picker; a click on the heading closes it
        driver.findElement(By.cssSelector(".modal .fjs-form h1")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".flatpickr-calendar.open")));
        screenshot("0-round-start-admin");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[ng-click='startProcessInstance()']")))
                .click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal .fjs-form")));
        int openedYear = year;
        waitFor(() -> rounds.existsByYear(openedYear), "the round is opened");
        logout();

        BrandRound round = rounds.findByYear(year).orElseThrow();
        // each unit's application starts in a job of its own (the test profile runs no job executor)
        jobs.runAsyncContinuationsUntilNone(round.getProcessInstanceId());
        ProcessInstance application = runtimeService
                .createProcessInstanceQuery()
                .processDefinitionKey(KEY)
                .processInstanceBusinessKey(BusinessKey.ofUnit(year, "wxy-gh").toString())
                .singleResult();

        // 1 文学院分工会 fills 附件1
        login(UNIT_USER);
        openFilter("本单位任务");
        openTask("文学院分工会 · 填报项目申报表（附件1，" + year + "年度）");
        claim();
        type("项目名称", "书香文院·教工读书会");
        select("项目类别", "文化涵育类");
        type("项目负责人", "王磊");
        type("联系电话", "0516-83500000");
        type("工作基础", "连续三年举办“文心读书会”，每学期四期，累计参与教职工六百余人次。");
        type("创建目标", "打造书香文院品牌，带动教职工阅读与交流。");
        type("实施方案", "每月一次读书沙龙；每学期一次名家讲座；年末评选“读书之星”。");
        type("预期成果", "形成教职工读书笔记集一册，推送新媒体报道十篇以上。");
        type("申请建设经费（元）", "12000");
        screenshot("1-application-unit");
        // a rule the form cannot know (文学院分工会 has no earlier brand): refused on submit, the form stays
        toggle("延续往年品牌（常态化建设）");
        completeRefused("本单位往年没有立项的品牌，不能选择“延续往年品牌”。");
        screenshot("1-application-refused");
        assertThat(field("项目名称").getAttribute("value")).isEqualTo("书香文院·教工读书会");
        assertThat(isWaitingAt(application, TASK_FILL_APPLICATION)).isTrue();
        toggle("延续往年品牌（常态化建设）");
        complete();
        waitFor(() -> isWaitingAt(application, TASK_FORMAL_CHECK_UNION), "the formal check opens");

        // 2 校工会 passes the formal check
        logout();
        login(OFFICE_USER);
        openFilter("校工会全部任务");
        openTask("文学院分工会 · 校工会形式审查（" + year + "年度）");
        claim();
        assertThat(field("项目名称").getAttribute("value")).isEqualTo("书香文院·教工读书会");
        choose("通过，进入专家评审");
        type("审查意见", "材料齐全，符合申报要求。");
        screenshot("2-formal-check-office");
        complete();
        waitFor(() -> jobs.at(TIMER_REVIEW_PERIOD_OPENS, application) != null, "the review period waits for April");

        // 3 April comes
        managementService.executeJob(
                jobs.at(TIMER_REVIEW_PERIOD_OPENS, application).getId());
        // 分配评审专家 is asynchronous
        managementService.executeJob(managementService
                .createJobQuery()
                .processInstanceId(application.getId())
                .activityId(TASK_ASSIGN_REVIEWERS)
                .singleResult()
                .getId());

        // 4 the expert scores
        logout();
        login(EXPERT_USER);
        openFilter("专家评审");
        openTask("文学院分工会 · 专家评审（" + year + "年度）");
        assertThat(field("项目名称").getAttribute("value")).isEqualTo("书香文院·教工读书会");
        type("思想性、政治性", "18");
        type("创新性", "17");
        type("群众性、参与面", "19");
        type("可持续性", "16");
        type("方案可行性", "18");
        type("评审意见", "品牌定位清晰，活动扎实，建议加强成果宣传。");
        screenshot("3-expert-review");
        complete();

        Long unitId = units.findByCode("wxy-gh").orElseThrow().getId();
        waitFor(
                () -> projects.findByRoundIdAndUnitId(round.getId(), unitId)
                        .flatMap(p -> expertReviews.findByProjectIdAndPhaseAndExpertId(
                                p.getId(), ReviewPhase.APPROVAL, EXPERT_USER))
                        .isPresent(),
                "the expert's review is stored");

        BrandProject project =
                projects.findByRoundIdAndUnitId(round.getId(), unitId).orElseThrow();
        assertThat(project.getName()).isEqualTo("书香文院·教工读书会");
        assertThat(project.getCategory()).isEqualTo(ProjectCategory.CULTURE);
        assertThat(project.getLeader()).isEqualTo("王磊");
        assertThat(project.getPhone()).isEqualTo("0516-83500000");
        assertThat(project.getRequestedBudget()).isEqualByComparingTo("12000");
        assertThat(project.getStatus()).isEqualTo(ProjectStatus.UNDER_REVIEW);
        assertThat(project.getFormalCheckComment()).isEqualTo("材料齐全，符合申报要求。");
        ExpertReview review = expertReviews
                .findByProjectIdAndPhaseAndExpertId(project.getId(), ReviewPhase.APPROVAL, EXPERT_USER)
                .orElseThrow();
        assertThat(review.getTotal()).isEqualByComparingTo("88");
        assertThat(review.getOpinion()).isEqualTo("品牌定位清晰，活动扎实，建议加强成果宣传。");
    }

    /**
     * Who may hold a task, in Tasklist: the expert cannot hand its 专家评审 to a member of the applying
     * unit (Tasklist does not even find the user, and the engine would refuse: TASK_WORK, no
     * TASK_ASSIGN); the union office, which may hand tasks on, is refused with the rule's sentence when
     * the expert it picks is a member of the unit (回避).
     */
    @Test
    void nobodyHandsAReviewToTheApplyingUnit() throws IOException {
        try {
            handOverAttempts();
        } catch (RuntimeException | AssertionError e) {
            screenshot("failure");
            Files.writeString(SCREENSHOTS.resolve("failure.html"), driver.getPageSource());
            throw e;
        }
    }

    private void handOverAttempts() throws IOException {
        TestPeople.user(identityService, UNIT_USER, "文学院分工会主席", "unit-wxy-gh");
        TestPeople.user(identityService, OFFICE_USER, "校工会干事", Roles.UNION_OFFICE);
        TestPeople.user(identityService, EXPERT_USER, "校工会评审专家", Roles.EXPERTS_UNION);
        BrandRound round = testRounds.newRound();
        ProcessInstance application = runtimeService.startProcessInstanceByKey(
                KEY,
                BusinessKey.ofUnit(round.getYear(), "wxy-gh").toString(),
                Map.of(ROUND_ID.name(), round.getId(), UNIT_CODE.name(), "wxy-gh"));
        taskService.complete(
                taskService
                        .createTaskQuery()
                        .processInstanceId(application.getId())
                        .singleResult()
                        .getId(),
                cn.edu.jsnu.yihuiyipin.support.ApplicationSteps.application("教工读书会", "CULTURE", 12000));
        taskService.complete(
                taskService
                        .createTaskQuery()
                        .processInstanceId(application.getId())
                        .taskDefinitionKey(TASK_FORMAL_CHECK_UNION)
                        .singleResult()
                        .getId(),
                Map.of(FORMAL_CHECK_RESULT.name(), FORMAL_CHECK_PASS));
        managementService.executeJob(managementService
                .createJobQuery()
                .processInstanceId(application.getId())
                .timers()
                .activityId(TIMER_REVIEW_PERIOD_OPENS)
                .singleResult()
                .getId());
        // 分配评审专家 is asynchronous
        managementService.executeJob(jobs.at(TASK_ASSIGN_REVIEWERS, application).getId());
        String review = taskService
                .createTaskQuery()
                .processInstanceId(application.getId())
                .taskAssignee(EXPERT_USER)
                .singleResult()
                .getId();
        String title = "文学院分工会 · 专家评审（" + round.getYear() + "年度）";

        // the expert tries to make the unit's chairman the reviewer of the unit's own project
        login(EXPERT_USER);
        openFilter("专家评审");
        openTask(title);
        editAssignee(UNIT_USER);
        wait.until(
                d -> !d.findElements(By.cssSelector("li.assignee .has-error")).isEmpty()
                        || !d.findElements(By.cssSelector(".notifications .alert-danger, .alert-danger"))
                                .isEmpty());
        screenshot("4-expert-reassign-refused");
        assertThat(taskService.createTaskQuery().taskId(review).singleResult().getAssignee())
                .isEqualTo(EXPERT_USER);
        // leave the field as a person would (Esc), so that leaving the page asks nothing
        driver.findElements(By.cssSelector("li.assignee input.form-control"))
                .forEach(field -> field.sendKeys(Keys.ESCAPE));
        ((JavascriptExecutor) driver).executeScript("window.onbeforeunload = null;");
        logout();

        // the chairman is also on the panel now; the office, which may hand reviews on, picks him
        identityService.createMembership(UNIT_USER, Roles.EXPERTS_UNION);
        login(OFFICE_USER);
        openFilter("校工会渠道全部待办");
        openTask(title);
        editAssignee(UNIT_USER);
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//*[contains(normalize-space(.), '须回避本单位项目的评审')]")));
        screenshot("5-office-reassign-refused");
        assertThat(taskService.createTaskQuery().taskId(review).singleResult().getAssignee())
                .isEqualTo(EXPERT_USER);
    }

    /** Clicks the assignee in the task's header, types a user id and confirms, as a person changes it. */
    private void editAssignee(String userId) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("li.assignee [cam-widget-inline-field]")))
                .click();
        WebElement input = wait.until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("li.assignee input.form-control")));
        input.clear();
        input.sendKeys(userId);
        // Tasklist looks the user up before it accepts the value
        wait.until(
                d -> d.findElements(By.cssSelector("li.assignee .validating")).isEmpty());
        input.sendKeys(Keys.ENTER);
    }

    // ---- Tasklist, as a person uses it

    private String tasklist() {
        return "http://localhost:" + port + "/camunda/app/tasklist/default/";
    }

    private void login(String user) {
        login(user, TestPeople.password(user));
    }

    private void login(String user, String password) {
        driver.get(tasklist());
        HeadlessChromium.signInToWebapps(driver, user, password, WAIT);
    }

    private void startProcess(String name) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("li.start-process-action a")))
                .click();
        wait.until(ExpectedConditions.elementToBeClickable(
                        By.xpath("//ul[contains(@class,'processes')]//a[normalize-space(.)='" + name + "']")))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".modal .fjs-form")));
    }

    private void logout() {
        driver.manage().deleteAllCookies();
        driver.get("about:blank");
    }

    private void openFilter(String name) {
        WebElement filter = wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//div[contains(@class,'task-filter')]//h4[contains(@class,'name')]/a[contains(normalize-space(.), '"
                        + name + "')]")));
        filter.click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//div[contains(@class,'task-filter') and contains(@class,'active')]//a[contains(normalize-space(.), '"
                        + name + "')]")));
    }

    private void openTask(String title) {
        By link = By.xpath("//ol[contains(@class,'tasks-list')]//h4[contains(@class,'task')]/a[normalize-space(.)='"
                + title + "']");
        // the list refreshes on its own; a task created a moment ago may need a reload of the filter, but
        // not on every poll: a busy machine needs more than one poll interval to draw the list after a reload
        long[] lastReload = {System.nanoTime()};
        wait.until(d -> {
            if (!d.findElements(link).isEmpty()) {
                return true;
            }
            if (System.nanoTime() - lastReload[0] > java.util.concurrent.TimeUnit.SECONDS.toNanos(5)) {
                d.navigate().refresh();
                lastReload[0] = System.nanoTime();
            }
            return false;
        });
        wait.until(ExpectedConditions.elementToBeClickable(link)).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//h2[contains(normalize-space(.), '" + title
                + "')] | //*[contains(@class,'task-details')]//*[contains(normalize-space(text()), '" + title
                + "')]")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fjs-form")));
    }

    /** A candidate-group task must be claimed before its form can be edited (CAMUNDA-NOTES). */
    private void claim() {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.claim")))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("button.unclaim")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fjs-form")));
    }

    /** The input of the form field labelled {@code label} (form-js ties them with label/for). */
    private WebElement field(String label) {
        WebElement labelElement = wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//form[contains(@class,'fjs-form')]//label[contains(@class,'fjs-form-field-label') and starts-with(normalize-space(.), '"
                        + label + "')]")));
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.id(labelElement.getAttribute("for"))));
    }

    private void type(String label, String text) {
        WebElement input = field(label);
        scrollTo(input);
        wait.until(ExpectedConditions.elementToBeClickable(input));
        input.clear();
        // form-js debounces typing; leaving the field hands the value to the form at once
        input.sendKeys(text, Keys.TAB);
    }

    private void select(String label, String option) {
        WebElement input = field(label);
        WebElement display = driver.findElement(By.id(input.getAttribute("id") + "-display"));
        scrollTo(display);
        By item = By.xpath("//div[contains(@class,'fjs-dropdownlist-item') and normalize-space(.)='" + option + "']");
        // focus alone may have opened the list (the previous field was left with TAB); a click would close it
        wait.until(d -> {
            if (!d.findElements(item).isEmpty()) {
                return true;
            }
            display.click();
            return false;
        });
        wait.until(ExpectedConditions.elementToBeClickable(item)).click();
        wait.until(ExpectedConditions.textToBePresentInElement(display, option));
    }

    private void choose(String option) {
        WebElement radio = wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//form[contains(@class,'fjs-form')]//label[normalize-space(.)='" + option
                        + "']/input[@type='radio']")));
        scrollTo(radio);
        radio.click();
        wait.until(d -> radio.isSelected());
    }

    private void complete() {
        WebElement button = wait.until(
                ExpectedConditions.elementToBeClickable(By.cssSelector("button.btn-primary[ng-click='complete()']")));
        scrollTo(button);
        button.click();
        // Tasklist clears the task view once the engine accepted the form
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".fjs-form")));
    }

    private void toggle(String label) {
        WebElement box = field(label);
        scrollTo(box);
        wait.until(ExpectedConditions.elementToBeClickable(box)).click();
    }

    /** Submits, and waits for Tasklist to show the server's sentence while the form stays open. */
    private void completeRefused(String sentence) {
        WebElement button = wait.until(
                ExpectedConditions.elementToBeClickable(By.cssSelector("button.btn-primary[ng-click='complete()']")));
        scrollTo(button);
        button.click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//*[contains(@class,'notification') or contains(@class,'alert')][contains(normalize-space(.), '"
                        + sentence + "')]")));
        assertThat(driver.findElements(By.cssSelector(".fjs-form"))).isNotEmpty();
    }

    private void scrollTo(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    }

    private void screenshot(String name) throws IOException {
        Path file = SCREENSHOTS.resolve(name + ".png");
        Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        log.info("screenshot {}", file.toAbsolutePath());
    }

    private boolean isWaitingAt(ProcessInstance instance, String taskKey) {
        return taskService
                        .createTaskQuery()
                        .processInstanceId(instance.getId())
                        .taskDefinitionKey(taskKey)
                        .count()
                == 1;
    }

    private void waitFor(BooleanSupplier condition, String what) {
        new WebDriverWait(driver, WAIT).withMessage(what).until(d -> condition.getAsBoolean());
    }
}
