package cn.edu.jsnu.yihuiyipin.projectpage;

import static org.assertj.core.api.Assertions.assertThat;

import cn.edu.jsnu.yihuiyipin.people.TestPeople;
import cn.edu.jsnu.yihuiyipin.process.BrandCultivationProcess;
import cn.edu.jsnu.yihuiyipin.support.HeadlessChromium;
import java.io.IOException;
import java.time.Duration;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In headless Chromium: a unit signs in on the pages, opens its project and sees its decision and
 * funding (screenshot {@code project-page}); the office, signed in by the same sign-in, finds the
 * project page's link in a Tasklist form rendered by Camunda's form-js and follows it.
 * Tag {@code browser}: {@code ./mvnw -B verify -Dgroups=browser}.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProjectPageBrowserTest {

    static final String UNIT = "browser-wxy";
    static final String OFFICE = "browser-gh-office";
    static final Duration WAIT = Duration.ofSeconds(90);

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identityService;

    @Autowired
    AuthorizationService authorizationService;

    @Autowired
    TaskService taskService;

    @Autowired
    ProjectPageFixtures fixtures;

    @BeforeAll
    static void browserInstalled() {
        Assumptions.assumeTrue(
                HeadlessChromium.installed(),
                "Debian's chromium and chromium-driver are not installed: run .ci/install-browser first");
    }

    @AfterEach
    void forgetPeople() {
        TestPeople.forget(identityService, authorizationService, UNIT, OFFICE);
    }

    @Test
    void theUnitSeesItsDecisionAndFundingAndTasklistFormsLinkToThePage() throws IOException {
        TestPeople.user(identityService, UNIT, "文学院分工会主席", "unit-wxy-gh");
        TestPeople.user(identityService, OFFICE, "校工会干事", "union-office");
        ProjectPageFixtures.Round round = fixtures.round();
        long id = round.own().getId();

        try (HeadlessChromium chromium = HeadlessChromium.start("zh-CN")) {
            WebDriver driver = chromium.driver();
            signIn(driver, UNIT);
            driver.get(url("/app/projects/" + id));
            String page = driver.findElement(By.tagName("main")).getText();
            assertThat(page)
                    .contains("经典诵读沙龙", "审定结果", "立项", "核定建设经费", "8,000.00 元")
                    .contains("专家1", "同意立项，建议扩大参与面。");
            // the decision and the funding in view
            ((JavascriptExecutor) driver).executeScript("document.getElementById('decision').scrollIntoView()");
            chromium.screenshot("project-page");

            driver.manage().deleteAllCookies();
            signIn(driver, OFFICE);
            Task withdrawal = taskService
                    .createTaskQuery()
                    .processInstanceBusinessKey(round.round().getYear() + "/wxy-gh")
                    .taskDefinitionKey(BrandCultivationProcess.Elements.TASK_WITHDRAW_PROJECT)
                    .singleResult();
            driver.get(url("/camunda/app/tasklist/default/#/?task=" + withdrawal.getId()));
            WebElement link;
            try {
                link = new WebDriverWait(driver, WAIT)
                        .until(ExpectedConditions.presenceOfElementLocated(
                                By.cssSelector(".fjs-form a[href$='/app/projects/" + id + "']")));
            } catch (RuntimeException e) {
                chromium.screenshot("project-page-link-failure");
                throw e;
            }
            assertThat(link.getText()).contains("在项目页查看");
            chromium.screenshot("project-page-link-in-tasklist");
            driver.get(link.getAttribute("href"));
            assertThat(driver.findElement(By.tagName("h1")).getText()).contains("经典诵读沙龙");
        }
    }

    private void signIn(WebDriver driver, String user) {
        driver.get(url("/app/login"));
        driver.findElement(By.name("username")).sendKeys(user);
        driver.findElement(By.name("password")).sendKeys(TestPeople.password(user));
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlMatches(".*/app/$"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
