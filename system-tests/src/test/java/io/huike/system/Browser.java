package io.huike.system;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium, driven through its chromedriver, as a person uses the pages: in Chinese, on a desk
 * PC's window or a phone's 360 px viewport, signing in on Keycloak's own page. Install both with {@code
 * deploy/local/install-chromium.sh}, which {@code ./platform test} runs.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** Where screenshots and accessibility findings are kept as test output. */
    static final Path OUTPUT = Path.of("target", "browser");

    /** A phone's viewport (CSS pixels), as members use the outreach pages on a visit. */
    static final Dimension PHONE = new Dimension(360, 780);

    static final Dimension DESK = new Dimension(1280, 900);

    private final ChromeDriver driver;
    private final Path profile;

    Browser(Dimension window) throws IOException {
        profile = Files.createTempDirectory("huike-chromium-");
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments(
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-quic",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--lang=zh-CN",
                        "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(window);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    ChromeDriver driver() {
        return driver;
    }

    void open(String url) {
        driver.get(url);
    }

    /**
     * Signs in on Keycloak's login page, where the workbench sent the browser, and waits until it is back on the
     * workbench.
     */
    void signIn(String workbenchUrl, String username, String password) {
        await().until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
        await().until(ExpectedConditions.urlContains(workbenchUrl));
    }

    WebElement find(By by) {
        return await().until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    String text(By by) {
        return find(by).getText();
    }

    WebDriverWait await() {
        return new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    void screenshot(String name) throws IOException {
        Files.createDirectories(OUTPUT);
        Files.write(OUTPUT.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }

    /**
     * Runs axe-core's rules over the page as it is now and answers the serious and critical violations, each as
     * "rule: what it means (how many elements)"; all findings are written beside the screenshots.
     */
    List<String> seriousAccessibilityViolations(String pageName) throws IOException {
        Results results = new AxeBuilder().analyze(driver);
        List<String> serious = new ArrayList<>();
        StringBuilder report = new StringBuilder();
        for (Rule rule : results.getViolations()) {
            String line = rule.getId() + " [" + rule.getImpact() + "]: " + rule.getHelp() + " ("
                    + rule.getNodes().size() + " elements: "
                    + rule.getNodes().stream()
                            .map(node -> String.valueOf(node.getTarget()))
                            .limit(5)
                            .toList()
                    + ")";
            report.append(line).append('\n');
            if (Set.of("serious", "critical").contains(rule.getImpact())) {
                serious.add(line);
            }
        }
        Files.createDirectories(OUTPUT);
        Files.writeString(OUTPUT.resolve(pageName + ".axe.txt"), report.toString());
        return serious;
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            }
        }
    }
}
