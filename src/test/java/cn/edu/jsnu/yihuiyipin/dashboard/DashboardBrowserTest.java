package cn.edu.jsnu.yihuiyipin.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import cn.edu.jsnu.yihuiyipin.people.TestPeople;
import cn.edu.jsnu.yihuiyipin.project.ApplicationContent;
import cn.edu.jsnu.yihuiyipin.project.AwardTier;
import cn.edu.jsnu.yihuiyipin.project.BrandProject;
import cn.edu.jsnu.yihuiyipin.project.BrandRound;
import cn.edu.jsnu.yihuiyipin.project.ProjectCategory;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatus;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatusService;
import cn.edu.jsnu.yihuiyipin.support.HeadlessChromium;
import cn.edu.jsnu.yihuiyipin.support.TestRounds;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An admin signs in on the pages in headless Chromium and opens 统计 and 单位管理: ECharts draws every
 * chart (a canvas each) beside its table. Screenshots {@code target/browser-screenshots/dashboard.png}
 * and {@code unit-admin.png}. Opt-in: tag {@code browser} ({@code ./mvnw -B verify -Dgroups=browser}).
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class DashboardBrowserTest {

    static final String ADMIN = "browser-dashboard-admin";
    static final Duration WAIT = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identityService;

    @Autowired
    AuthorizationService authorizationService;

    @Autowired
    TestRounds testRounds;

    @Autowired
    ProjectStatusService projectStatus;

    @BeforeAll
    static void browserInstalled() {
        Assumptions.assumeTrue(
                HeadlessChromium.installed(),
                "Debian's chromium and chromium-driver are not installed: run .ci/install-browser first");
    }

    @AfterEach
    void forgetAdmin() {
        TestPeople.forget(identityService, authorizationService, ADMIN);
    }

    @Test
    void anAdminSeesEveryChartDrawnBesideItsTable() throws IOException {
        TestPeople.user(identityService, ADMIN, "系统管理员", "camunda-admin");
        BrandRound round = aRoundWithResults();

        try (HeadlessChromium chromium = HeadlessChromium.start("zh-CN")) {
            WebDriver driver = chromium.driver();
            driver.get("http://localhost:" + port + "/app/login");
            driver.findElement(By.name("username")).sendKeys(ADMIN);
            driver.findElement(By.name("password")).sendKeys(TestPeople.password(ADMIN));
            driver.findElement(By.cssSelector("button[type=submit]")).click();
            new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlMatches(".*/app/$"));

            driver.get("http://localhost:" + port + "/app/dashboard?year=" + round.getYear());
            new WebDriverWait(driver, WAIT)
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-chart=years] canvas")));
            assertThat(driver.findElements(By.cssSelector("[data-chart] canvas")))
                    .hasSize(7);
            assertThat(driver.findElements(By.cssSelector("table.chart-table"))).hasSize(7);
            assertThat(driver.findElement(By.id("chart-funding")).getText()).contains("文学院分工会");
            chromium.screenshot("dashboard");

            driver.get("http://localhost:" + port + "/app/admin/units");
            assertThat(driver.findElement(By.id("units")).getText()).contains("文学院分工会");
            chromium.screenshot("unit-admin");
        }
    }

    /** Projects in both channels and several categories, scored, funded and awarded. */
    private BrandRound aRoundWithResults() {
        BrandRound round = testRounds.newRound();
        List<String> codes = List.of("wxy-gh", "lsy-gh", "jsj-gh", "yyy-gh", "wxy-fw", "jky-fw");
        ProjectCategory[] categories = ProjectCategory.values();
        for (int i = 0; i < codes.size(); i++) {
            BrandProject project = testRounds.publishedProject(round, codes.get(i), "品牌项目" + (i + 1));
            project.applyContent(new ApplicationContent(
                    categories[i % categories.length],
                    "品牌项目" + (i + 1),
                    "王老师",
                    "0516-83500000",
                    "基础",
                    "目标",
                    "计划",
                    "成果",
                    new BigDecimal("10000.00"),
                    false,
                    null));
            project.setApprovedFunding(new BigDecimal(6000 + 1000 * i));
            project.setReviewScore(new BigDecimal(68 + 5 * i));
            project.setAcceptanceScore(new BigDecimal(70 + 4 * i));
            AwardTier tier = AwardTier.values()[i % AwardTier.values().length];
            project.recordAward(tier.name(), new BigDecimal(1000 * (4 - tier.ordinal())), null);
            projectStatus.changeStatus(project, i < 4 ? ProjectStatus.AWARDED : ProjectStatus.BUILDING, "测试数据");
        }
        return round;
    }
}
