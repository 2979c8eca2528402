package cn.edu.jsnu.yihuiyipin.system;

import static org.assertj.core.api.Assertions.assertThat;

import cn.edu.jsnu.yihuiyipin.demo.DemoRound;
import cn.edu.jsnu.yihuiyipin.support.HeadlessChromium;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The demo's people sign in to Tasklist in headless Chromium and get Chinese, with no end-of-life
 * banner: the admin with a browser that asks for English (the webapps must not fall back to English),
 * then Cockpit, Admin and Welcome; 文学院分工会's {@code wxy-gh} with a Chinese browser, who finds the
 * demo round's 填报项目申报表. Screenshots go to {@code target/browser-screenshots/chinese-*.png}.
 *
 * <p>Runs the demo profile (its users and passwords, its first round) on an in-memory database, under
 * an engine name of its own, so the other web tests' {@code default} engine and webapps stay theirs.
 * Opt-in like {@code TasklistBrowserTest}: tag {@code browser}, {@code ./mvnw -B verify -Dgroups=browser}.
 */
@Tag("browser")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.profiles.active=demo",
            "spring.datasource.url=jdbc:h2:mem:yyp-chinese-webapps-${random.uuid};DB_CLOSE_DELAY=-1",
            "camunda.bpm.process-engine-name=chineseWebapps",
            // nothing of the demo's compressed year needs to happen while the browser looks
            "camunda.bpm.job-execution.enabled=false",
            // the demo starts its round while the context starts, before coverage recording could begin
            // ("Coverage state must be initialized"); this test covers no process anyway
            "spring.autoconfigure.exclude=cn.edu.jsnu.yihuiyipin.system.ProcessCoverageTestAutoConfiguration"
        })
class ChineseWebappsBrowserTest {

    private static final Logger log = LoggerFactory.getLogger(ChineseWebappsBrowserTest.class);
    private static final Duration WAIT = Duration.ofSeconds(30);
    /** DemoOrganisation's password for every demo user (README, "People, roles and demo logins"). */
    private static final String DEMO_PASSWORD = "demo";

    @LocalServerPort
    int port;

    @Value("${camunda.bpm.process-engine-name}")
    String engine;

    @Value("${camunda.bpm.admin-user.id}")
    String adminId;

    @Value("${camunda.bpm.admin-user.password}")
    String adminPassword;

    @Autowired
    DemoRound demo;

    @BeforeAll
    static void browserInstalled() {
        Assumptions.assumeTrue(
                HeadlessChromium.installed(),
                "Debian's chromium and chromium-driver are not installed: run .ci/install-browser first");
    }

    @Test
    void adminWithAnEnglishBrowserGetsChineseWebapps() throws IOException {
        try (HeadlessChromium chromium = HeadlessChromium.start("en-US")) {
            WebDriver driver = chromium.driver();
            try {
                driver.get(url("tasklist"));
                assertThat(browserLanguage(driver))
                        .as("what the browser asks for")
                        .isEqualTo("en-US");
                signIn(driver, adminId, adminPassword);
                assertChineseTasklist(driver);
                log.info(
                        "screenshot {}",
                        chromium.screenshot("chinese-tasklist-admin").toAbsolutePath());

                assertChineseApp(driver, "cockpit", "驾驶舱", "流程");
                log.info(
                        "screenshot {}",
                        chromium.screenshot("chinese-cockpit-admin").toAbsolutePath());
                assertChineseApp(driver, "admin", "系统管理", "授权");
                log.info(
                        "screenshot {}",
                        chromium.screenshot("chinese-admin-admin").toAbsolutePath());
                assertChineseApp(driver, "welcome", "欢迎页", "个人资料");
                log.info(
                        "screenshot {}",
                        chromium.screenshot("chinese-welcome-admin").toAbsolutePath());
            } catch (RuntimeException | AssertionError e) {
                keepFailure(chromium, "admin");
                throw e;
            }
        }
    }

    @Test
    void unitUserWithAChineseBrowserGetsChineseTasklist() throws Exception {
        // the demo makes its round in the background once the application is ready
        demo.story().get(15, TimeUnit.MINUTES);
        try (HeadlessChromium chromium = HeadlessChromium.start("zh-CN")) {
            WebDriver driver = chromium.driver();
            try {
                driver.get(url("tasklist"));
                assertThat(browserLanguage(driver))
                        .as("what the browser asks for")
                        .isEqualTo("zh-CN");
                signIn(driver, "wxy-gh", DEMO_PASSWORD);
                assertChineseTasklist(driver);

                // the demo's first round waits for 文学院分工会; its age is told by moment in Chinese
                WebElement created = wait(driver)
                        .until(ExpectedConditions.visibilityOfElementLocated(
                                By.cssSelector("ol.tasks-list .creation-date")));
                wait(driver).until(d -> created.getText().matches("创建于 .*前"));
                assertThat(driver.findElement(By.cssSelector("ol.tasks-list")).getText())
                        .contains("填报项目申报表");
                log.info(
                        "screenshot {}",
                        chromium.screenshot("chinese-tasklist-wxy-gh").toAbsolutePath());
            } catch (RuntimeException | AssertionError e) {
                keepFailure(chromium, "wxy-gh");
                throw e;
            }
        }
    }

    // ---- the webapps, as a person sees them

    private String url(String app) {
        return "http://localhost:" + port + "/camunda/app/" + app + "/" + engine + "/";
    }

    private void signIn(WebDriver driver, String user, String password) {
        By submit = By.cssSelector("form[name=signinForm] button[type=submit]");
        wait(driver).until(ExpectedConditions.visibilityOfElementLocated(submit));
        wait(driver).until(ExpectedConditions.textToBePresentInElementLocated(submit, "登录"));
        HeadlessChromium.signInToWebapps(driver, user, password, WAIT);
    }

    private void assertChineseTasklist(WebDriver driver) {
        wait(driver).until(ExpectedConditions.textToBe(By.cssSelector("li.start-process-action a"), "启动流程"));
        assertThat(driver.findElement(By.cssSelector("[cam-widget-header] .brand-name"))
                        .getText())
                .isEqualTo("Camunda 任务列表");
        assertThat(driver.findElement(By.cssSelector("footer")).getText()).contains("日期和时间按本地时区显示");
        assertNoEndOfLifeBanner(driver, "tasklist");
    }

    /** {@code text}: a label of the app's own menu or page, in Chinese. */
    private void assertChineseApp(WebDriver driver, String app, String name, String text) {
        driver.get(url(app));
        wait(driver)
                .until(ExpectedConditions.textToBe(
                        By.cssSelector("[cam-widget-header] .brand-name"), "Camunda " + name));
        wait(driver).until(d -> d.findElement(By.tagName("body")).getText().contains(text));
        assertNoEndOfLifeBanner(driver, app);
    }

    private void assertNoEndOfLifeBanner(WebDriver driver, String app) {
        assertThat(((JavascriptExecutor) driver).executeScript("return document.documentElement.lang"))
                .as("%s: the page's language", app)
                .isEqualTo("zh-CN");
        List<WebElement> banners = driver.findElements(By.cssSelector(".ce-eol-banner"));
        assertThat(banners).as("%s: the end-of-life banner is hidden", app).noneMatch(WebElement::isDisplayed);
        assertThat(driver.findElement(By.tagName("body")).getText())
                .as("%s: what the page shows", app)
                .doesNotContain("Camunda 8")
                .doesNotContain("迁移到");
    }

    private static String browserLanguage(WebDriver driver) {
        return (String) ((JavascriptExecutor) driver).executeScript("return navigator.languages[0]");
    }

    private static WebDriverWait wait(WebDriver driver) {
        return new WebDriverWait(driver, WAIT);
    }

    private static void keepFailure(HeadlessChromium chromium, String user) throws IOException {
        log.info("screenshot {}", chromium.screenshot("chinese-failure-" + user).toAbsolutePath());
        Files.writeString(
                HeadlessChromium.SCREENSHOTS.resolve("chinese-failure-" + user + ".html"),
                chromium.driver().getPageSource());
    }
}
