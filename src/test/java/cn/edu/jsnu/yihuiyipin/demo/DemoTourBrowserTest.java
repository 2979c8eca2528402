package cn.edu.jsnu.yihuiyipin.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.edu.jsnu.yihuiyipin.support.HeadlessChromium;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The README's demo tour: every demo user signs in to Tasklist (a Chinese browser) on the demo's first
 * start and finds their first screen in Chinese, without the end-of-life banner, with at least one task
 * in the filter Tasklist opens first. The screenshots, {@code target/browser-screenshots/tour-<user>.png},
 * are the README's pictures (copied to {@code docs/tour/}).
 *
 * <p>Opt-in like the other browser tests: tag {@code browser}, {@code ./mvnw -B verify -Dgroups=browser}.
 */
@Tag("browser")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.profiles.active=demo",
            "spring.datasource.url=jdbc:h2:mem:yyp-demo-tour-${random.uuid};DB_CLOSE_DELAY=-1",
            "camunda.bpm.process-engine-name=demoTour",
            "camunda.bpm.job-execution.enabled=false",
            // the demo makes its data while the context starts, before coverage recording could begin
            "spring.autoconfigure.exclude=cn.edu.jsnu.yihuiyipin.system.ProcessCoverageTestAutoConfiguration"
        })
class DemoTourBrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    /** The first page of a freshly started server (cold webapp, busy build machine) may take longer. */
    private static final Duration FIRST_PAGE = Duration.ofMinutes(3);

    @LocalServerPort
    int port;

    @Value("${camunda.bpm.process-engine-name}")
    String engine;

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

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "admin",
                "gh-office",
                "fl-office",
                "wxy-gh",
                "wgy-fw",
                "zj-gh1",
                "zj-gh2",
                "zj-gh3",
                "zj-fl1",
                "zj-fl2"
            })
    void demoUserFindsWorkOnTheFirstScreen(String user) throws Exception {
        demo.story().get(15, TimeUnit.MINUTES);
        List<String> expected = DemoProfileTest.FIRST_TASKS.get(user);
        try (HeadlessChromium chromium = HeadlessChromium.start("zh-CN")) {
            WebDriver driver = chromium.driver();
            driver.get("http://localhost:" + port + "/camunda/app/tasklist/" + engine + "/");
            signIn(driver, user, user.equals("admin") ? adminPassword : DemoOrganisation.PASSWORD);
            wait(driver).until(ExpectedConditions.textToBe(By.cssSelector("li.start-process-action a"), "启动流程"));
            WebElement list =
                    wait(driver).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("ol.tasks-list")));
            wait(driver)
                    .until(d -> !d.findElements(By.cssSelector("ol.tasks-list li.task"))
                            .isEmpty());
            String firstScreen = list.getText();
            assertThat(expected)
                    .as("%s's first filter shows one of their tasks", user)
                    .anySatisfy(part -> assertThat(firstScreen).contains(part));
            // open the first task, so the screenshot shows its form as the user meets it
            driver.findElements(By.cssSelector("ol.tasks-list li.task a"))
                    .get(0)
                    .click();
            wait(driver).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
            assertThat(((JavascriptExecutor) driver).executeScript("return document.documentElement.lang"))
                    .isEqualTo("zh-CN");
            assertThat(driver.findElements(By.cssSelector(".ce-eol-banner")))
                    .as("no end-of-life banner")
                    .noneMatch(WebElement::isDisplayed);
            chromium.screenshot("tour-" + user);
        }
    }

    private static void signIn(WebDriver driver, String user, String password) {
        By submit = By.cssSelector("form[name=signinForm] button[type=submit]");
        new WebDriverWait(driver, FIRST_PAGE).until(ExpectedConditions.visibilityOfElementLocated(submit));
        wait(driver).until(ExpectedConditions.textToBePresentInElementLocated(submit, "登录"));
        HeadlessChromium.signInToWebapps(driver, user, password, WAIT);
    }

    private static WebDriverWait wait(WebDriver driver) {
        return new WebDriverWait(driver, WAIT);
    }
}
