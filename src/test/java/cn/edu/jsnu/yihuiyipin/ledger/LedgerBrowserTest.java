package cn.edu.jsnu.yihuiyipin.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import cn.edu.jsnu.yihuiyipin.people.TestPeople;
import cn.edu.jsnu.yihuiyipin.project.BrandProjectRepository;
import cn.edu.jsnu.yihuiyipin.support.HeadlessChromium;
import cn.edu.jsnu.yihuiyipin.support.TestRounds;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An office in headless Chromium: signs in, opens 项目台账, filters by year and category, downloads the
 * Excel of what it sees. Screenshot {@code target/browser-screenshots/ledger.png}. Opt-in (tag
 * {@code browser}) like the other browser tests.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LedgerBrowserTest {

    static final String OFFICE = "ledger-browser-office";
    static final Duration WAIT = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    @Autowired
    TestRounds rounds;

    @Autowired
    BrandProjectRepository projects;

    @Autowired
    IdentityService identityService;

    @Autowired
    AuthorizationService authorizationService;

    @BeforeAll
    static void browserInstalled() {
        Assumptions.assumeTrue(
                HeadlessChromium.installed(),
                "Debian's chromium and chromium-driver are not installed: run .ci/install-browser first");
    }

    @AfterEach
    void forgetOffice() {
        TestPeople.forget(identityService, authorizationService, OFFICE);
    }

    @Test
    void anOfficeFiltersTheLedgerAndDownloadsItsExcel() throws Exception {
        LedgerFixture data = new LedgerFixture(rounds, projects);
        TestPeople.user(identityService, OFFICE, "校工会干事", "union-office");
        try (HeadlessChromium chromium = HeadlessChromium.start("zh-CN")) {
            WebDriver driver = chromium.driver();
            WebDriverWait wait = new WebDriverWait(driver, WAIT);
            driver.get(url("/app/login"));
            driver.findElement(By.name("username")).sendKeys(OFFICE);
            driver.findElement(By.name("password")).sendKeys(TestPeople.password(OFFICE));
            driver.findElement(By.cssSelector("button[type=submit]")).click();
            wait.until(ExpectedConditions.urlToBe(url("/app/")));

            driver.findElement(By.linkText("项目台账")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ledger")));
            new Select(driver.findElement(By.name("year"))).selectByValue(String.valueOf(data.first.getYear()));
            driver.findElement(By.id("ledger-filter")).click();
            wait.until(ExpectedConditions.textToBe(By.id("ledger-total"), "共 2 个项目"));
            List<String> shown = driver.findElements(By.cssSelector("#ledger tbody tr td:nth-child(5)")).stream()
                    .map(WebElement::getText)
                    .toList();
            assertThat(shown).containsExactlyInAnyOrder(data.wxy.getName(), data.jg.getName());
            chromium.screenshot("ledger");

            new Select(driver.findElement(By.name("category"))).selectByValue("IDEOLOGY");
            driver.findElement(By.id("ledger-filter")).click();
            wait.until(ExpectedConditions.textToBe(By.id("ledger-total"), "共 1 个项目"));

            // the browser's own session fetches the link the 导出 Excel button points to
            String excel = driver.findElement(By.id("ledger-excel")).getAttribute("href");
            String session = driver.manage().getCookieNamed("JSESSIONID").getValue();
            HttpResponse<byte[]> file = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(excel))
                                    .header("Cookie", "JSESSIONID=" + session)
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
            assertThat(file.statusCode()).isEqualTo(200);
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
                assertThat(LedgerExportTest.names(workbook.getSheet(LedgerWorkbook.SHEET)))
                        .containsExactly(data.jg.getName());
            }
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
