package io.smsgateway.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The operator console driven in headless Chromium (Debian packages chromium and chromium-driver)
 * against the deployed gateway: what an operator sees and clicks, checked against what the API says.
 * A screenshot of each main page goes to target/console-screenshots.
 */
class ConsoleIT extends GatewayIntegrationTest {

    private static final Path SCREENSHOTS = Path.of("target", "console-screenshots");
    private static final Duration WAIT = Duration.ofSeconds(30);
    /** Enough that the campaign is still running whenever the test presses Pause (released at 100 a second). */
    private static final int CAMPAIGN_RECIPIENTS = 3_000;

    private static ChromeDriver browser;

    @BeforeAll
    static void openBrowser() throws IOException {
        File driver = new File("/usr/bin/chromedriver");
        assertTrue(driver.canExecute(), "the console tests need Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
        Files.createDirectories(SCREENSHOTS);
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        // The flags keep Chromium off the network it cannot reach here, with a fresh profile of its own.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--window-size=1280,1000", "--user-data-dir=" + Files.createTempDirectory("console-profile"));
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(driver).usingAnyFreePort().build(), options);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** Each test starts logged out, as a new visitor. */
    @BeforeEach
    void forgetTheSession() {
        browser.get(consoleUrl() + "/session");
        browser.manage().deleteAllCookies();
    }

    /**
     * The console through localhost, whatever address the container reported: browsers keep a Secure
     * cookie over plain HTTP only for localhost, as they would behind HTTPS anywhere else.
     */
    private String consoleUrl() {
        URI root = URI.create(deploymentUrl.toString());
        return URI.create("http://localhost:" + root.getPort() + root.getPath()).resolve("console").toString();
    }

    private <T> T until(Function<WebDriver, T> condition) {
        try {
            return new WebDriverWait(browser, WAIT).ignoring(StaleElementReferenceException.class).until(condition);
        } catch (TimeoutException e) {
            screenshot("failed-" + System.currentTimeMillis());
            String page = browser.getPageSource();
            throw new AssertionError("The console at " + browser.getCurrentUrl() + " did not get there; its page:\n"
                    + page.substring(0, Math.min(page.length(), 4000)), e);
        }
    }

    private WebElement visible(By by) {
        return until(driver -> driver.findElements(by).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
    }

    /** Clicks the button in a row that the page may redraw at any moment (the lists refresh themselves). */
    private void press(By row, String button) {
        until(driver -> {
            driver.findElement(row).findElement(By.xpath(".//button[text()='" + button + "']")).click();
            return true;
        });
    }

    private void screenshot(String name) {
        try {
            Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void logIn(String password) {
        browser.get(consoleUrl());
        WebElement username = visible(By.id("login-username"));
        username.clear();
        username.sendKeys("admin");
        WebElement passwordField = browser.findElement(By.id("login-password"));
        passwordField.clear();
        passwordField.sendKeys(password);
        browser.findElement(By.id("login-submit")).click();
    }

    private void logInAsOperator() {
        logIn(GatewayClient.ADMIN_PASSWORD);
        until(driver -> driver.findElement(By.id("who")).getText().equals("admin"));
    }

    private void go(String hash) {
        browser.get(consoleUrl() + hash);
    }

    private long figure(String id) {
        return Long.parseLong(visible(By.id(id)).getText().replaceAll("[^0-9]", ""));
    }

    @Test
    void aWrongPasswordIsRefusedAndTheOperatorLogsInAndOut() {
        logIn("not-the-password");
        until(driver -> driver.findElement(By.id("login-error")).getText().contains("not valid"));
        assertTrue(!browser.findElement(By.id("nav")).isDisplayed(), "nothing of the console shows before login");
        screenshot("login");

        logInAsOperator();
        assertTrue(visible(By.id("nav")).isDisplayed());
        visible(By.id("queue-depth"));

        browser.findElement(By.id("logout")).click();
        visible(By.id("login-username"));
        browser.navigate().refresh();
        visible(By.id("login-username")); // the session is gone: a reload asks for the password again
    }

    @Test
    void aSentMessageShowsInTheOverviewAndInTheSearchWithItsTimeline() {
        logInAsOperator();
        long accepted = figure("total-accepted");
        long delivered = figure("total-delivered");

        String user = fixtures.account("console", fixtures.lra("Console"), "");
        String destination = TestNumbers.italianMobile();
        String text = "Console check " + UUID.randomUUID();
        String id = client.send(user, destination, text);
        client.awaitStatus(id, user, "DELIVERED");

        until(driver -> figure("total-accepted") > accepted && figure("total-delivered") > delivered);
        screenshot("overview");

        // On a phone's width nothing of the page reaches beyond the screen (wide tables scroll in their own box).
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            go("#/campaigns");
            go("#/overview");
            visible(By.id("total-delivered"));
            Number overflow = (Number) browser.executeScript("return document.documentElement.scrollWidth - window.innerWidth");
            assertTrue(overflow.intValue() <= 0, "the page is wider than a phone by " + overflow + " px");
            screenshot("overview-phone");
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 1000));
        }

        go("#/messages");
        WebElement search = visible(By.id("message-search"));
        search.findElement(By.name("destination")).sendKeys(destination);
        search.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement link = visible(By.linkText(id));
        screenshot("messages");

        link.click();
        WebElement timeline = visible(By.id("timeline"));
        until(driver -> driver.findElement(By.id("timeline")).getText().contains("DELIVERED"));
        List<String> steps = timeline.findElements(By.cssSelector("li .badge")).stream().map(WebElement::getText).toList();
        assertEquals("ACCEPTED", steps.get(0), steps.toString());
        assertEquals("DELIVERED", steps.get(steps.size() - 1), steps.toString());
        assertTrue(steps.contains("SUBMITTED"), steps.toString());
        assertEquals(text, browser.findElement(By.id("message-text")).getText());
        screenshot("message");
    }

    @Test
    void aCampaignPausedAndResumedFromTheConsoleMovesItsProgressBar() {
        String owner = fixtures.account("console-campaign", fixtures.lra("Console campaign"), "");
        String key = fixtures.apiKey(owner, "create:Campaign", "read:Campaign", "delete:Campaign");
        StringBuilder recipients = new StringBuilder();
        for (int i = 0; i < CAMPAIGN_RECIPIENTS; i++) {
            recipients.append(i == 0 ? "" : ",").append('"').append(TestNumbers.italianMobile()).append('"');
        }
        String name = "Console " + UUID.randomUUID();
        GatewayClient.Reply created = client.post("send/campaign", key, "{\"name\":\"" + name + "\",\"text\":\"Hello " + UUID.randomUUID()
                + "\",\"originator\":\"Acme\",\"recipients\":[" + recipients + "]}");
        assertEquals(200, created.status(), created.toString());
        String id = created.json().getJsonObject("record").getString("id");
        assertEquals(200, client.post("campaigns/" + id + "/pause", key, "").status());

        logInAsOperator();
        go("#/campaigns");
        By row = By.id("campaign-" + id);
        until(driver -> driver.findElement(row).findElement(By.className("status")).getText().contains("PAUSED"));
        long releasedWhilePaused = released(row);
        assertTrue(releasedWhilePaused < CAMPAIGN_RECIPIENTS, "paused before releasing everyone: " + releasedWhilePaused);

        press(row, "Resume");
        until(driver -> driver.findElement(row).findElement(By.className("status")).getText().contains("RUNNING"));
        until(driver -> released(row) > releasedWhilePaused);
        screenshot("campaigns");

        press(row, "Pause");
        until(driver -> driver.findElement(row).findElement(By.className("status")).getText().contains("PAUSED"));
        String status = client.get("campaigns/" + id, key).json().getJsonObject("record").getString("status");
        assertEquals("PAUSED", status, "the console's buttons act on the campaign itself");
        long releasedAtSecondPause = released(row);
        press(row, "Resume");
        until(driver -> driver.findElement(row).findElement(By.className("status")).getText().contains("RUNNING"));
        until(driver -> released(row) > releasedAtSecondPause);
        assertEquals(200, client.delete("campaigns/" + id, key).status(), "the rest is not needed by the test");
    }

    private long released(By row) {
        return Long.parseLong(browser.findElement(row).findElement(By.cssSelector("[role=progressbar]")).getAttribute("aria-valuenow"));
    }

    @Test
    void aProviderDisabledFromTheConsoleChangesItsState() {
        String name = "console-sim-" + Long.toString(System.nanoTime(), 36);
        GatewayClient.Reply created = client.post("manage/providers", fixtures.adminAuth(), "{\"name\":\"" + name
                + "\",\"type\":\"SIMULATOR\",\"priority\":900,\"prefixes\":[\"+88299\"],\"throughput\":7}");
        assertEquals(201, created.status(), created.toString());

        logInAsOperator();
        go("#/providers");
        By row = By.id("provider-" + name);
        until(driver -> driver.findElement(row).findElement(By.className("state")).getText().equals("UP"));
        assertTrue(browser.findElement(row).getText().contains("(7)"), "its configured throughput shows");
        screenshot("providers");

        press(row, "Disable");
        until(driver -> driver.findElement(row).findElement(By.className("state")).getText().equals("DISABLED"));
        assertEquals(false, client.get("manage/providers/" + name, fixtures.adminAuth()).json().getBoolean("enabled"));

        press(row, "Enable");
        until(driver -> driver.findElement(row).findElement(By.className("state")).getText().equals("UP"));
        assertEquals(true, client.get("manage/providers/" + name, fixtures.adminAuth()).json().getBoolean("enabled"));
        assertEquals(200, client.delete("manage/providers/" + name, fixtures.adminAuth()).status());
    }

    @Test
    void anApiKeyCreatedInTheConsoleIsShownOnceWorksAndIsRevoked() {
        String account = fixtures.account("console-keys", fixtures.lra("Console keys"), "");
        String username = Fixtures.username(account);

        logInAsOperator();
        go("#/tenants");
        visible(By.id("account-" + username));
        screenshot("tenants");
        go("#/account/" + username);
        WebElement form = visible(By.id("api-key-form"));
        form.findElement(By.name("name")).sendKeys("From the console");
        form.findElement(By.cssSelector("input[value='create:SingleSMS']")).click();
        form.findElement(By.cssSelector("button[type=submit]")).click();
        String secret = visible(By.id("new-secret-value")).getText();
        screenshot("account");

        GatewayClient.Reply sent = client.post("send/single", "Bearer " + secret, "{\"text\":\"key from the console\",\"originator\":\"Acme\","
                + "\"recipient\":\"" + TestNumbers.italianMobile() + "\"}");
        assertEquals(200, sent.status(), sent.toString());

        go("#/tenants");
        go("#/account/" + username);
        visible(By.xpath("//tr[td[text()='From the console']]"));
        assertTrue(browser.findElements(By.id("new-secret-value")).isEmpty(), "the secret is shown only once");
        press(By.xpath("//tr[td[text()='From the console']]"), "Revoke");
        until(driver -> !driver.findElement(By.xpath("//tr[td[text()='From the console']]")).findElement(By.className("revoked")).getText().isEmpty());
        GatewayClient.Reply refused = client.post("send/single", "Bearer " + secret, "{\"text\":\"revoked\",\"originator\":\"Acme\","
                + "\"recipient\":\"" + TestNumbers.italianMobile() + "\"}");
        assertEquals(403, refused.status(), "a revoked key, in the dialect's own answer: " + refused);
    }

    @Test
    void aChangeWithTheSessionCookieButWithoutItsCsrfTokenIsRefused() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        URI root = URI.create(deploymentUrl.toString());
        HttpResponse<String> foreign = http.send(HttpRequest.newBuilder(root.resolve("console/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", "https://attacker.example")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=" + GatewayClient.ADMIN_PASSWORD)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(403, foreign.statusCode(), "a login posted from another site's page");
        String user = Fixtures.username(fixtures.account("not-an-operator", fixtures.lra("Console users"), ""));
        HttpResponse<String> notOperator = http.send(HttpRequest.newBuilder(root.resolve("console/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + Fixtures.PASSWORD)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(403, notOperator.statusCode(), "an account without the ADMIN role: " + notOperator.body());
        assertTrue(notOperator.headers().firstValue("Set-Cookie").isEmpty(), "and no session for it");

        HttpResponse<String> login = http.send(HttpRequest.newBuilder(root.resolve("console/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=" + GatewayClient.ADMIN_PASSWORD)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, login.statusCode(), login.body());
        String setCookie = login.headers().firstValue("Set-Cookie").orElseThrow();
        for (String attribute : List.of("HttpOnly", "SameSite=Strict", "Secure", "Path=/")) {
            assertTrue(setCookie.contains(attribute), attribute + " in " + setCookie);
        }
        String cookie = setCookie.substring(0, setCookie.indexOf(';'));
        String csrf = jakarta.json.Json.createReader(new java.io.StringReader(login.body())).readObject().getString("csrfToken");

        int lra = 100_000 + (int) (System.nanoTime() % 800_000_000);
        String body = "{\"id\":" + lra + ",\"name\":\"csrf\"}";
        assertEquals(200, call(http, root, "GET", "manage/lras", cookie, null, null).statusCode(), "reading needs no token");
        assertEquals(403, call(http, root, "POST", "manage/lras", cookie, null, body).statusCode(), "a change without the token");
        assertEquals(403, call(http, root, "POST", "manage/lras", cookie, "x" + csrf, body).statusCode(), "a change with another token");
        assertEquals(404, client.get("manage/lras/" + lra, fixtures.adminAuth()).status(), "nothing was changed");
        assertEquals(201, call(http, root, "POST", "manage/lras", cookie, csrf, body).statusCode(), "the console's own change");

        assertEquals(403, call(http, root, "POST", "console/logout", cookie, null, "").statusCode(), "logging out needs the token too");
        assertEquals(204, call(http, root, "POST", "console/logout", cookie, csrf, "").statusCode());
        assertEquals(401, call(http, root, "GET", "manage/lras", cookie, null, null).statusCode(), "the cookie opens nothing after logout");
        assertNotEquals(200, call(http, root, "GET", "console/session", cookie, null, null).statusCode());
    }

    private static HttpResponse<String> call(HttpClient http, URI root, String method, String path, String cookie, String csrf, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(root.resolve(path)).header("Cookie", cookie)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (csrf != null) {
            request.header("X-CSRF-Token", csrf);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
