package cn.edu.jsnu.yihuiyipin.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Debian's ChromeDriver, given by path so that Selenium looks
 * nothing up and downloads nothing (README, "Browser test"; {@code .ci/install-browser}). The browser
 * runs in Asia/Shanghai with its own throw-away profile, in the language it is asked for.
 */
public final class HeadlessChromium implements AutoCloseable {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    public static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");

    private final WebDriver driver;
    private final Path profile;

    private HeadlessChromium(WebDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    public static boolean installed() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /** @param language what the browser asks web pages for, e.g. {@code zh-CN} or {@code en-US} */
    public static HeadlessChromium start(String language) throws IOException {
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        Path profile = Files.createTempDirectory("yyp-chromium-");
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
                "--window-size=1400,1000",
                // headless Chromium keeps navigator.languages at en-US under --lang alone; --accept-lang sets it
                "--lang=" + language,
                "--accept-lang=" + language);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withEnvironment(Map.of("TZ", "Asia/Shanghai"))
                .build();
        Files.createDirectories(SCREENSHOTS);
        return new HeadlessChromium(new ChromeDriver(service, options), profile);
    }

    /**
     * Signs in on the Camunda webapps' login form, open in the driver, and waits for Tasklist's filters. The
     * page autofocuses the user name once AngularJS is up, so keys typed before may land elsewhere, and a wrong
     * password locks the login (ENGINE-27001): it types until both fields hold what was typed.
     */
    public static void signInToWebapps(WebDriver driver, String user, String password, Duration patience) {
        By usernameField = By.cssSelector("form[name=signinForm] input[ng-model=username]");
        By passwordField = By.cssSelector("form[name=signinForm] input[ng-model=password]");
        WebDriverWait wait = new WebDriverWait(driver, patience);
        wait.until(ExpectedConditions.visibilityOfElementLocated(usernameField));
        wait.until(d -> {
            WebElement username = d.findElement(usernameField);
            WebElement passwordInput = d.findElement(passwordField);
            username.clear();
            username.sendKeys(user);
            passwordInput.clear();
            passwordInput.sendKeys(password);
            return user.equals(username.getAttribute("value")) && password.equals(passwordInput.getAttribute("value"));
        });
        driver.findElement(By.cssSelector("form[name=signinForm] button[type=submit]"))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".task-filter")));
    }

    public WebDriver driver() {
        return driver;
    }

    /** Writes {@code target/browser-screenshots/NAME.png} and returns its path. */
    public Path screenshot(String name) {
        Path file = SCREENSHOTS.resolve(name + ".png");
        try {
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }
}
