package io.huike.reporting;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

/**
 * Debian's headless Chromium driven through chromedriver's W3C WebDriver protocol (plain HTTP and JSON), with a
 * fresh profile each time. Install both with {@code deploy/local/install-chromium.sh}, which {@code ./platform test} runs.
 */
final class HeadlessChromium implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final List<String> FLAGS = List.of(
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--window-size=1400,1600",
            "--lang=zh-CN");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private final Process driver;
    private final Path profile;
    private final String base;
    private final String session;

    HeadlessChromium() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        base = "http://127.0.0.1:" + port;
        profile = Files.createTempDirectory("huike-chromium-");
        driver = new ProcessBuilder(CHROMEDRIVER.toString(), "--port=" + port)
                .redirectErrorStream(true)
                .redirectOutput(Path.of("target", "chromedriver.log").toFile())
                .start();
        await().atMost(Duration.ofSeconds(30))
                .ignoreExceptions()
                .until(() ->
                        call("GET", "/status", null).path("value").path("ready").asBoolean());
        ObjectNode capabilities = JSON.createObjectNode();
        ObjectNode options = capabilities
                .putObject("capabilities")
                .putObject("alwaysMatch")
                .put("browserName", "chrome")
                .putObject("goog:chromeOptions")
                .put("binary", CHROMIUM.toString());
        var args = options.putArray("args");
        FLAGS.forEach(args::add);
        args.add("--user-data-dir=" + profile);
        session = call("POST", "/session", capabilities)
                .path("value")
                .path("sessionId")
                .asText();
    }

    void open(String url) {
        call("POST", "/session/" + session + "/url", JSON.createObjectNode().put("url", url));
    }

    /** Runs a script in the page and answers its return value as text (empty for null). */
    String script(String body) {
        ObjectNode request = JSON.createObjectNode().put("script", body);
        request.putArray("args");
        JsonNode value =
                call("POST", "/session/" + session + "/execute/sync", request).path("value");
        return value.isNull() ? "" : value.asText();
    }

    void screenshot(Path file) throws IOException {
        String png = call("GET", "/session/" + session + "/screenshot", null)
                .path("value")
                .asText();
        Files.createDirectories(file.getParent());
        Files.write(file, Base64.getDecoder().decode(png));
    }

    @Override
    public void close() throws IOException {
        try {
            call("DELETE", "/session/" + session, null);
        } finally {
            driver.destroy();
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
    }

    private JsonNode call(String method, String path, JsonNode body) {
        HttpRequest.BodyPublisher publisher = body == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body.toString());
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .method(method, publisher)
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode answer = JSON.readTree(response.body());
            if (response.statusCode() >= 400) {
                throw new IllegalStateException("WebDriver " + method + " " + path + ": " + response.body());
            }
            return answer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
