package io.huike.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.huike.kernel.roles.Roles;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The workbench as its people use it, in Debian's Chromium, signed in on Keycloak's own login page: the member on
 * duty records Ms Li's visit with her three matters using the keyboard alone and gets a slip per case; the secretary
 * takes one of them from registered to closed with the resident's feedback through the case page; Ms Li looks her
 * matter up with the slip's number; a member on duty is refused administration and the district's pages; a member on a
 * phone records a home visit with a concern; the supervisor's dashboard shows the figures and updates live. axe-core
 * runs over every page met; screenshots and its findings are kept in {@code target/browser/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkbenchBrowserIT {

    private static final String COMMUNITY = "gulou";
    private static final String MS_LI_PHONE = "13912345678";

    private static Platform platform;
    private static String workbench;
    private static final List<String> slipNumbers = new ArrayList<>();
    /** Every page's serious or critical accessibility findings, by page. */
    private static final Map<String, List<String>> accessibility = new LinkedHashMap<>();

    @BeforeAll
    static void startPlatform() throws Exception {
        assertThat(java.nio.file.Files.isExecutable(Browser.CHROMIUM)
                        && java.nio.file.Files.isExecutable(Browser.CHROMEDRIVER))
                .as("Chromium and chromedriver: run deploy/local/install-chromium.sh (./platform test does)")
                .isTrue();
        platform = new Platform().withWorkbench();
        platform.start();
        platform.registerCommunities(COMMUNITY);
        platform.drawGrid(COMMUNITY, "grid-3");
        String wang = platform.registerMember(COMMUNITY, "王建国", "13800000001");
        platform.linkMember("wangjianguo", wang);
        platform.linkMember("secretary", platform.registerMember(COMMUNITY, "刘芳", "13800000002"));
        workbench = platform.url(Platform.WORKBENCH);
        // An open case like one of Ms Li's matters, for the desk's duplicate suggestion.
        HttpResponse<String> earlier = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        platform.url("case-service") + "/communities/" + COMMUNITY + "/cases"))
                                .header("Authorization", "Bearer " + platform.token(Roles.DUTY_MEMBER, COMMUNITY))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("""
                                        {"channel":"PHONE","category":"WATER_DRAINAGE","gridId":"grid-3",
                                         "description":"小区污水管道破损，需要修缮"}"""))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(earlier.statusCode()).as(earlier.body()).isEqualTo(201);
        // Mr Ma lives alone; Wang Jianguo is paired with him.
        String admin = platform.token(Roles.COMMUNITY_ADMIN, COMMUNITY);
        String household =
                idOf(post(platform.url("outreach-service") + "/communities/" + COMMUNITY + "/households", admin, """
                {"name":"马大爷","kind":"ELDERLY_LIVING_ALONE","address":"鼓楼巷 12 号 2 单元 301","gridId":"grid-3",
                 "needs":"行动不便，需要代取药"}"""));
        post(platform.url("outreach-service") + "/communities/" + COMMUNITY + "/pairings", admin, """
                {"memberId":"%s","householdId":"%s","startDate":"%s"}""".formatted(
                        wang, household, java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))));
    }

    private static String post(String url, String token, String json) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url))
                                .header("Authorization", "Bearer " + token)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(json))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(url + " " + answer.body()).isEqualTo(201);
        return answer.body();
    }

    private static String idOf(String json) {
        java.util.regex.Matcher id =
                java.util.regex.Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        assertThat(id.find()).as(json).isTrue();
        return id.group(1);
    }

    @AfterAll
    static void stopPlatform() throws Exception {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    @Order(1)
    void theDeskRecordsMsLisVisitWithTheKeyboardAloneAndPrintsASlipPerMatter() throws Exception {
        try (Browser browser = new Browser(Browser.DESK)) {
            browser.open(workbench + "/desk");
            assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang"))
                    .as("Keycloak's login page speaks Chinese first")
                    .startsWith("zh");
            check(browser, "keycloak-login");
            browser.signIn(workbench, "wangjianguo", Platform.USER_PASSWORD);
            browser.find(By.id("visit-form"));
            assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang"))
                    .startsWith("zh");
            check(browser, "desk");

            Keyboard keys = new Keyboard(browser);
            keys.startAt("visit-visitedAt");
            keys.tabTo("visit-visitorName").type("李女士");
            keys.tabTo("visit-visitorPhone").type(MS_LI_PHONE);
            keys.tabTo("visit-summary").type("李女士来访，提出三条建议");
            String[][] matters = {
                {"POWER_LINES", "建议将小区架空电线改为入地"},
                {"WATER_DRAINAGE", "建议修缮小区污水管道"},
                {"GAS", "建议为小区接通天然气"}
            };
            for (int i = 0; i < matters.length; i++) {
                keys.tabTo("matter-" + i + "-category").choose(matters[i][0]);
                keys.tabTo("matter-" + i + "-grid").choose("grid-3");
                keys.tabTo("matter-" + i + "-description").type(matters[i][1]);
            }
            // The drainage matter is like the open case registered before: the desk suggests it as it is typed.
            browser.await()
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id("matter-1-duplicates"), "污水管道"));
            browser.screenshot("desk-visit-filled");
            keys.tabTo("visit-submit").press(Keys.ENTER);

            browser.find(By.id("visit-recorded"));
            List<WebElement> slips = browser.driver().findElements(By.cssSelector("section.slip"));
            assertThat(slips).hasSize(3);
            for (int i = 0; i < slips.size(); i++) {
                String number = browser.text(By.id("slip-" + i + "-tracking-number"));
                assertThat(number).isNotBlank();
                assertThat(browser.text(By.id("slip-" + i + "-first-contact"))).isNotBlank();
                assertThat(browser.text(By.id("slip-" + i + "-status-url"))).startsWith(workbench + "/status");
                assertThat(browser.driver()
                                .findElements(By.cssSelector("#slip-" + i + " svg"))
                                .size())
                        .as("the slip carries a QR code of the status page")
                        .isEqualTo(1);
                slipNumbers.add(number);
            }
            check(browser, "desk-slips");
        }
    }

    @Test
    @Order(2)
    void theSecretaryTakesACaseFromRegisteredToClosedWithTheResidentsFeedbackThroughThePages() throws Exception {
        assertThat(slipNumbers).as("the desk's scenario recorded the slips").hasSize(3);
        String number = slipNumbers.get(1);
        try (Browser browser = new Browser(Browser.DESK)) {
            browser.open(workbench + "/cases");
            browser.signIn(workbench, "secretary", Platform.USER_PASSWORD);
            browser.find(By.tagName("main"));
            check(browser, "case-queue");
            browser.find(By.partialLinkText(number)).click();
            assertThat(browser.text(By.id("case-tracking-number"))).isEqualTo(number);
            check(browser, "case-registered");
            String registered = browser.text(By.id("case-status"));
            int linesAtRegistration = browser.driver()
                    .findElements(By.cssSelector("#timeline li"))
                    .size();

            act(browser, "form-assign", "assign-submit", () -> selectByText(browser, "assign-memberId", "刘芳"));
            act(browser, "form-start", "start-submit", () -> {});
            act(browser, "form-resolve", "resolve-submit", () -> {
                new org.openqa.selenium.support.ui.Select(browser.find(By.id("resolve-outcome")))
                        .selectByValue("RESOLVED");
                browser.find(By.id("resolve-actionsTaken")).sendKeys("联系物业更换破损污水管道，已疏通");
            });
            act(browser, "form-feedback", "feedback-submit", () -> {
                new org.openqa.selenium.support.ui.Select(browser.find(By.id("feedback-satisfaction")))
                        .selectByValue("SATISFIED");
                browser.find(By.id("feedback-comment")).sendKeys("李女士表示满意");
            });
            check(browser, "case-feedback-given");
            browser.find(By.id("close-submit")).click();
            browser.find(By.id("outcome"));
            String closed = browser.text(By.id("case-status"));
            assertThat(closed).isNotEqualTo(registered).isEqualTo("已结案");
            assertThat(browser.driver().findElements(By.id("close-submit"))).isEmpty();
            assertThat(browser.driver().findElements(By.cssSelector("#timeline li")))
                    .as("assignment, start, resolution, feedback and closing each leave a line")
                    .hasSizeGreaterThanOrEqualTo(linesAtRegistration + 5);
            browser.screenshot("case-closed");
        }
    }

    @Test
    @Order(3)
    void msLiLooksHerMatterUpWithTheSlipsNumberAndNothingWithWrongDigits() throws Exception {
        assertThat(slipNumbers).as("the desk's scenario recorded the slips").hasSize(3);
        try (Browser browser = new Browser(Browser.PHONE)) {
            browser.open(workbench + "/status");
            check(browser, "status");
            browser.find(By.id("status-number")).sendKeys(slipNumbers.get(1));
            browser.find(By.id("status-phone-last4")).sendKeys("0000");
            browser.find(By.id("status-submit")).click();
            String refused = browser.text(By.id("status-message"));
            assertThat(browser.driver().findElements(By.id("status-result"))).isEmpty();

            browser.open(workbench + "/status");
            browser.find(By.id("status-number")).sendKeys("GL-1999-999999");
            browser.find(By.id("status-phone-last4")).sendKeys(MS_LI_PHONE.substring(7));
            browser.find(By.id("status-submit")).click();
            assertThat(browser.text(By.id("status-message")))
                    .as("no such case reads the same as wrong digits")
                    .isEqualTo(refused);

            browser.open(workbench + "/status");
            browser.find(By.id("status-number")).sendKeys(slipNumbers.get(1));
            browser.find(By.id("status-phone-last4")).sendKeys(MS_LI_PHONE.substring(7));
            browser.find(By.id("status-submit")).click();
            assertThat(browser.text(By.id("status-result-tracking-number"))).isEqualTo(slipNumbers.get(1));
            assertThat(browser.text(By.id("status-result-status"))).isEqualTo("已结案");
            assertThat(browser.driver().getPageSource())
                    .as("nothing about the resident is shown")
                    .doesNotContain("李女士")
                    .doesNotContain(MS_LI_PHONE);
            check(browser, "status-result");
        }
    }

    @Test
    @Order(4)
    void aMemberOnDutyIsRefusedAdministrationAndTheDistrictsPages() throws Exception {
        try (Browser browser = new Browser(Browser.PHONE)) {
            browser.open(workbench + "/");
            browser.find(By.id("login")).click();
            browser.signIn(workbench, "wangjianguo", Platform.USER_PASSWORD);
            browser.find(By.id("logout"));
            check(browser, "home-duty-member");
            assertThat(browser.driver().findElements(By.cssSelector("nav a[href='/district']")))
                    .as("the navigation offers only what the roles allow")
                    .isEmpty();
            assertThat(browser.driver().findElements(By.cssSelector("nav a[href='/admin']")))
                    .isEmpty();
            for (String page : List.of("/admin", "/district")) {
                browser.open(workbench + page);
                assertThat(browser.find(By.id("error-message")).getText()).isNotBlank();
                assertThat(browser.driver().getPageSource()).doesNotContain("Exception");
                assertThat(browser.driver().findElements(By.tagName("form")))
                        .as("a refused page offers nothing to send")
                        .isEmpty();
                check(browser, "refused" + page.replace('/', '-'));
            }
            // Signing out ends the Keycloak session too: the next page asks for the password again.
            browser.open(workbench + "/");
            browser.find(By.id("logout")).click();
            browser.find(By.id("login"));
            browser.open(workbench + "/desk");
            browser.find(By.id("password"));
            assertThat(browser.driver().getCurrentUrl()).startsWith(platform.realmUrl());
        }
    }

    @Test
    @Order(5)
    void aMemberOnAPhoneRecordsAHomeVisitAndTheConcernFoundOnIt() throws Exception {
        try (Browser browser = new Browser(Browser.PHONE)) {
            browser.open(workbench + "/outreach");
            browser.signIn(workbench, "wangjianguo", Platform.USER_PASSWORD);
            browser.find(By.partialLinkText("马大爷")).click();
            browser.find(By.id("home-visit-form"));
            assertThat(
                            (Long)
                                    browser.driver()
                                            .executeScript(
                                                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth"))
                    .as("nothing runs off a 360 px screen")
                    .isLessThanOrEqualTo(0L);
            check(browser, "outreach-household-phone");
            browser.find(By.id("home-visit-notes")).sendKeys("帮马大爷代取了降压药，聊了近况");
            new org.openqa.selenium.support.ui.Select(browser.find(By.id("concern-category")))
                    .selectByValue("WATER_DRAINAGE");
            browser.find(By.id("concern-description")).sendKeys("马大爷家卫生间下水道堵塞，需要疏通");
            browser.find(By.id("home-visit-submit")).click();
            browser.find(By.id("visit-saved"));
            assertThat(browser.text(By.id("visit-concerns"))).contains("下水道堵塞");
            check(browser, "outreach-visit-saved-phone");
        }
    }

    @Test
    @Order(6)
    void theSupervisorSeesTheDistrictsFiguresBehindTheSignInAndTheyUpdateLive() throws Exception {
        try (Browser browser = new Browser(Browser.DESK)) {
            browser.open(workbench + "/district");
            browser.signIn(workbench, "supervisor", Platform.USER_PASSWORD);
            By registered = By.id("figure-registered-value");
            browser.await()
                    .until(driver -> number(driver.findElement(registered).getText()) >= 4);
            long before = number(browser.text(registered));
            browser.await().until(ExpectedConditions.attributeToBe(By.id("district-live"), "data-live", "on"));
            assertThat(browser.driver().getCurrentUrl()).doesNotContain("token");
            assertThat(browser.driver().getPageSource())
                    .as("the page holds no bearer token")
                    .doesNotContain("eyJ");
            check(browser, "district");
            post(
                    platform.url("case-service") + "/communities/" + COMMUNITY + "/cases",
                    platform.token(Roles.DUTY_MEMBER, COMMUNITY),
                    """
                    {"channel":"PHONE","category":"SANITATION","gridId":"grid-3","description":"楼道垃圾无人清运"}""");
            browser.await()
                    .until(driver -> number(driver.findElement(registered).getText()) == before + 1);
            browser.screenshot("district-updated-live");
        }
    }

    private static long number(String text) {
        String digits = text.replaceAll("[^0-9]", "");
        return digits.isEmpty() ? -1 : Long.parseLong(digits);
    }

    @Test
    @Order(7)
    void theSecretarysOtherPagesOpenInChineseAndInEnglish() throws Exception {
        List<String> pages = List.of(
                "/",
                "/cases/mine",
                "/paper-log",
                "/roster",
                "/outreach",
                "/admin",
                "/admin/members",
                "/admin/rooms",
                "/admin/closures",
                "/admin/deadlines",
                "/admin/case-settings",
                "/admin/closing-approvals");
        try (Browser browser = new Browser(Browser.DESK)) {
            browser.open(workbench + "/cases/mine");
            browser.signIn(workbench, "secretary", Platform.USER_PASSWORD);
            for (String page : pages) {
                browser.open(workbench + page);
                browser.find(By.tagName("h1"));
                assertThat(browser.driver().findElements(By.id("error-message")))
                        .as(page + " opens for the secretary")
                        .isEmpty();
                assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang"))
                        .startsWith("zh");
                check(browser, "secretary" + (page.equals("/") ? "-home" : page.replace('/', '-')));
            }
            browser.find(By.cssSelector("a.lang-switch")).click();
            browser.await()
                    .until(driver -> driver.findElement(By.tagName("html"))
                            .getAttribute("lang")
                            .startsWith("en"));
            browser.open(workbench + "/roster");
            check(browser, "secretary-roster-en");
        }
    }

    @Test
    @Order(99)
    void everyPageMetHasNoSeriousOrCriticalAccessibilityViolation() {
        assertThat(accessibility).isNotEmpty();
        assertThat(accessibility)
                .allSatisfy((page, violations) ->
                        assertThat(violations).as("axe-core on " + page).isEmpty());
    }

    /** Screenshot and axe-core run of the page as it is now. */
    private static void check(Browser browser, String page) throws Exception {
        browser.screenshot(page);
        accessibility.put(page, browser.seriousAccessibilityViolations(page));
    }

    /** Opens an action's form on the case page, fills it, sends it and waits for the page to say it was done. */
    private static void act(Browser browser, String form, String submit, Runnable fill) {
        WebElement details = browser.find(By.id(form));
        if (details.getAttribute("open") == null) {
            details.findElement(By.tagName("summary")).click();
        }
        fill.run();
        browser.find(By.id(submit)).click();
        browser.find(By.id("outcome"));
    }

    private static void selectByText(Browser browser, String id, String text) {
        new org.openqa.selenium.support.ui.Select(browser.find(By.id(id)))
                .getOptions().stream()
                        .filter(option -> option.getText().contains(text))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no option " + text + " in #" + id))
                        .click();
    }

    /** Moves through a form with Tab and fills it with keys, as a person without a mouse does. */
    private static final class Keyboard {

        private static final int MOST_TABS = 60;
        private final Browser browser;

        Keyboard(Browser browser) {
            this.browser = browser;
        }

        /** Puts the focus on the form's first field, as a click on the page and a Tab would. */
        void startAt(String id) {
            browser.driver().executeScript("document.getElementById(arguments[0]).focus()", id);
        }

        Keyboard tabTo(String id) {
            for (int i = 0; i < MOST_TABS; i++) {
                if (id.equals(focused())) {
                    return this;
                }
                new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
            }
            throw new AssertionError("Tab does not reach #" + id + "; the focus stays on #" + focused());
        }

        Keyboard type(String text) {
            new Actions(browser.driver()).sendKeys(text).perform();
            return this;
        }

        void press(Keys key) {
            new Actions(browser.driver()).sendKeys(key).perform();
        }

        /** Chooses a select's option by its value with the arrow keys. */
        void choose(String value) {
            Object target = browser.driver()
                    .executeScript(
                            "const s = document.activeElement;"
                                    + " return [...s.options].findIndex(o => o.value === arguments[0]) - s.selectedIndex;",
                            value);
            long steps = ((Number) target).longValue();
            for (long i = 0; i < Math.abs(steps); i++) {
                press(steps > 0 ? Keys.ARROW_DOWN : Keys.ARROW_UP);
            }
            assertThat(browser.driver().executeScript("return document.activeElement.value"))
                    .isEqualTo(value);
        }

        private String focused() {
            return String.valueOf(browser.driver().executeScript("return document.activeElement.id"));
        }
    }
}
