package cn.edu.jsnu.yihuiyipin.materials;

import static org.assertj.core.api.Assertions.assertThat;

import cn.edu.jsnu.yihuiyipin.people.Roles;
import cn.edu.jsnu.yihuiyipin.people.TestPeople;
import cn.edu.jsnu.yihuiyipin.project.BrandProject;
import cn.edu.jsnu.yihuiyipin.project.BrandRound;
import cn.edu.jsnu.yihuiyipin.support.HeadlessChromium;
import cn.edu.jsnu.yihuiyipin.support.TestRounds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
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
 * In headless Chromium: a unit member uploads a photo with a caption on the project's materials page
 * (the page's own script, its progress, the reload), and the expert assigned to the project's
 * 验收评审 signs in and sees the photo's thumbnail and caption. Screenshots in
 * {@code target/browser-screenshots/materials-*.png}. Opt-in: tag {@code browser}.
 */
@Tag("browser")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "yihui.materials.dir=target/test-materials-browser")
class MaterialsBrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String UNIT_MEMBER = "mat-browser-unit";
    private static final String EXPERT = "mat-browser-expert";
    private static final String APPROVAL_EXPERT = "mat-browser-approval";

    @LocalServerPort
    int port;

    String reviews;

    @Autowired
    TestRounds rounds;

    @Autowired
    IdentityService identityService;

    @Autowired
    AuthorizationService authorizationService;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    RuntimeService runtimeService;

    @BeforeAll
    static void browserInstalled() {
        Assumptions.assumeTrue(
                HeadlessChromium.installed(),
                "Debian's chromium and chromium-driver are not installed: run .ci/install-browser first");
    }

    @AfterEach
    void forgetPeople() {
        if (reviews != null) {
            runtimeService.deleteProcessInstance(reviews, "test over");
        }
        TestPeople.forget(identityService, authorizationService, UNIT_MEMBER, EXPERT, APPROVAL_EXPERT);
    }

    @Test
    void aUnitUploadsAPhotoAndTheAcceptanceExpertSeesIt() throws IOException {
        BrandRound round = rounds.newRound();
        BrandProject project = rounds.publishedProject(round, "wxy-gh", "书香文院");
        TestPeople.user(identityService, UNIT_MEMBER, "文学院", "unit-wxy-gh");
        TestPeople.user(identityService, EXPERT, "验收专家", Roles.EXPERTS_UNION);
        TestPeople.user(identityService, APPROVAL_EXPERT, "立项专家", Roles.EXPERTS_UNION);
        reviews = AcceptanceReviewStandIn.start(
                repositoryService, runtimeService, round.getYear(), "wxy-gh", EXPERT, APPROVAL_EXPERT);
        Path photo =
                Files.createDirectories(Path.of("target", "browser-uploads")).resolve("读书沙龙.jpg");
        Files.write(photo, MaterialSamples.jpeg(1200, 800));
        String page = "http://localhost:" + port + "/app/projects/" + project.getId() + "/materials";

        try (HeadlessChromium chromium = HeadlessChromium.start("zh-CN")) {
            WebDriver driver = chromium.driver();
            try {
                signIn(driver, UNIT_MEMBER);
                driver.get(page);
                driver.findElement(By.cssSelector("#material-upload input[type=file]"))
                        .sendKeys(photo.toAbsolutePath().toString());
                WebElement caption = wait(driver)
                        .until(ExpectedConditions.visibilityOfElementLocated(
                                By.cssSelector(".material-queue input[placeholder='说明']")));
                caption.sendKeys("三月读书沙龙合影");
                driver.findElement(By.cssSelector(".material-queue input[placeholder='所属活动']"))
                        .sendKeys("读书沙龙");
                driver.findElement(By.cssSelector("#material-upload button[type=submit]"))
                        .click();
                // the script reloads the page once every file is in
                wait(driver)
                        .until(ExpectedConditions.textToBePresentInElementLocated(
                                By.cssSelector(".material figcaption"), "三月读书沙龙合影"));
                chromium.screenshot("materials-unit-uploaded");

                driver.findElement(By.cssSelector("form[action$='/app/logout'] button"))
                        .click();
                signIn(driver, EXPERT);
                driver.get(page);
                WebElement thumbnail = wait(driver)
                        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".material-thumb img")));
                wait(driver)
                        .until(d -> ((Number) ((JavascriptExecutor) d)
                                                .executeScript("return arguments[0].naturalWidth", thumbnail))
                                        .intValue()
                                > 0);
                assertThat(((Number) ((JavascriptExecutor) driver)
                                        .executeScript("return arguments[0].naturalWidth", thumbnail))
                                .intValue())
                        .isEqualTo(MaterialThumbnails.SIZE);
                String text = driver.findElement(By.tagName("main")).getText();
                assertThat(text).contains("三月读书沙龙合影", "活动：读书沙龙", "验收专家只能查看材料，不能上传。");
                assertThat(driver.findElements(By.id("material-upload"))).isEmpty();
                chromium.screenshot("materials-expert-sees");
            } catch (RuntimeException | AssertionError e) {
                chromium.screenshot("materials-failure");
                throw e;
            }
        }
    }

    private void signIn(WebDriver driver, String user) {
        driver.get("http://localhost:" + port + "/app/login");
        WebElement username = wait(driver).until(ExpectedConditions.visibilityOfElementLocated(By.name("username")));
        username.sendKeys(user);
        driver.findElement(By.name("password")).sendKeys(TestPeople.password(user));
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        wait(driver).until(ExpectedConditions.urlMatches(".*/app/$"));
    }

    private static WebDriverWait wait(WebDriver driver) {
        return new WebDriverWait(driver, WAIT);
    }
}
