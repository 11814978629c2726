package io.huike.cases;

import static io.huike.cases.Open311Api.caseId;
import static io.huike.cases.Open311Api.issueKey;
import static io.huike.cases.Open311Api.resolveAndClose;
import static io.huike.cases.Open311Api.takeOn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A published Open311 client that is not ours, Code for America's node-open311 (npm package {@code open311} 0.0.12),
 * speaks to case-service: discovery, services, a definition, a request with attributes, the request by id and by
 * token, the requests by dates and status, and after the desk closed the case, the request closed with its notes.
 * The client is installed into {@code target/} on first use with the machine's Node.js and npm; its XML parsers are
 * replaced by a stub (src/test/resources/open311-client/unused-xml), as it is asked for JSON only.
 */
@QuarkusTest
class Open311ClientTest {

    private static final Path SOURCE = Path.of("src/test/resources/open311-client");
    private static final Path INSTALLED = Path.of("target/open311-client-0.0.12");

    @TestHTTPResource("/")
    URL root;

    @Test
    void thePublishedNodeClientSubmitsARequestWithAttributesAndReadsItBackUntilTheDeskClosedIt() throws Exception {
        CaseApi api = CaseApi.freshCommunity();
        String key = issueKey(api);
        String base = root.toString().replaceAll("/$", "");

        JsonNode first = client("submit", base, api.community, key);

        assertThat(first.path("endpoint").asText()).isEqualTo(base + "/open311/v2/");
        assertThat(first.path("format").asText()).isEqualTo("json");
        assertThat(first.path("discovery")
                        .path("endpoints")
                        .path(0)
                        .path("type")
                        .asText())
                .isEqualTo("production");
        assertThat(first.path("services").size()).isEqualTo(Category.values().length);
        assertThat(first.path("services").findValues("service_code"))
                .extracting(JsonNode::asText)
                .contains("WATER_DRAINAGE", "GAS");
        assertThat(first.path("definition").path("attributes").findValues("code"))
                .extracting(JsonNode::asText)
                .containsExactly("sewage_overflow", "households_affected", "blocked_at");

        String number =
                first.path("submitted").path(0).path("service_request_id").asText();
        String token = first.path("submitted").path(0).path("token").asText();
        assertThat(number).startsWith(api.community.toUpperCase());
        assertThat(token).isNotBlank();
        JsonNode request = first.path("request").path(0);
        assertThat(request.path("service_request_id").asText()).isEqualTo(number);
        assertThat(request.path("status").asText()).isEqualTo("open");
        assertThat(request.path("service_code").asText()).isEqualTo("WATER_DRAINAGE");
        assertThat(request.path("address").asText()).isEqualTo("鼓楼小区3号楼东侧");
        assertThat(request.path("lat").asDouble()).isEqualTo(32.0603);
        assertThat(request.path("long").asDouble()).isEqualTo(118.7969);
        assertThat(request.path("media_url").asText()).isEqualTo("https://example.org/photos/drain.jpg");
        assertThat(request.path("description").asText())
                .isEqualTo("3号楼下水道堵塞，污水外溢\n\n【补充信息】\n污水外溢：有\n受影响户数：6\n堵塞位置：厨房、楼外管道");
        assertThat(first.path("token").path(0).path("service_request_id").asText())
                .isEqualTo(number);
        assertThat(first.path("token").path(0).path("token").asText()).isEqualTo(token);
        assertThat(texts(first.path("open"))).containsExactly(number);
        assertThat(texts(first.path("closed"))).isEmpty();
        assertThat(texts(first.path("earlier"))).isEmpty();

        String id = caseId(api, number);
        takeOn(api, id);
        resolveAndClose(api, id, "已疏通下水道");

        JsonNode second = client("reread", base, api.community, key, number);

        JsonNode closed = second.path("request").path(0);
        assertThat(closed.path("status").asText()).isEqualTo("closed");
        assertThat(texts(second.path("closed"))).containsExactly(number);
        List<JsonNode> updates = new ArrayList<>();
        second.path("updates").forEach(updates::add);
        assertThat(updates)
                .isNotEmpty()
                .allSatisfy(
                        u -> assertThat(u.path("service_request_id").asText()).isEqualTo(number));
        JsonNode last = updates.get(updates.size() - 1);
        assertThat(last.path("status").asText()).isEqualTo("closed");
        assertThat(closed.path("status_notes").asText())
                .isNotBlank()
                .isEqualTo(last.path("description").asText());
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    /** Runs the client's script with these arguments and reads what it printed. */
    private static JsonNode client(String... arguments) throws Exception {
        install();
        List<String> command = new ArrayList<>(List.of("node", "georeport-client.js"));
        command.addAll(List.of(arguments));
        Path errors = Files.createTempFile("open311-client", ".err");
        Process node = new ProcessBuilder(command)
                .directory(INSTALLED.toFile())
                .redirectError(errors.toFile())
                .start();
        byte[] out = node.getInputStream().readAllBytes();
        if (!node.waitFor(2, TimeUnit.MINUTES)) {
            node.destroyForcibly();
            fail("the Open311 client did not finish within 2 minutes");
        }
        String stderr = Files.readString(errors, StandardCharsets.UTF_8);
        Files.delete(errors);
        assertThat(node.exitValue())
                .as("the Open311 client's exit status; it wrote:%n%s", stderr)
                .isZero();
        return new ObjectMapper().readTree(out);
    }

    /** The client's package and our script in target/, the client installed once; Node.js and npm are required. */
    private static void install() throws Exception {
        requireTool("node");
        requireTool("npm");
        try (Stream<Path> files = Files.walk(SOURCE)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path copy = INSTALLED.resolve(SOURCE.relativize(file));
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        if (Files.isRegularFile(INSTALLED.resolve("node_modules/open311/package.json"))) {
            return;
        }
        // No lock file and no install scripts: the client is pinned in package.json, nothing runs at install time.
        Process npm = new ProcessBuilder(
                        "npm",
                        "install",
                        "--silent",
                        "--no-audit",
                        "--no-fund",
                        "--no-package-lock",
                        "--ignore-scripts")
                .directory(INSTALLED.toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(npm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!npm.waitFor(5, TimeUnit.MINUTES) || npm.exitValue() != 0) {
            fail("npm could not install the Open311 client (open311 0.0.12) into " + INSTALLED + ":\n" + output);
        }
    }

    private static void requireTool(String tool) throws InterruptedException {
        try {
            Process version = new ProcessBuilder(tool, "--version")
                    .redirectErrorStream(true)
                    .start();
            version.getInputStream().readAllBytes();
            if (version.waitFor(1, TimeUnit.MINUTES) && version.exitValue() == 0) {
                return;
            }
        } catch (IOException e) {
            // reported below
        }
        fail(tool + " is needed to run the published Open311 client (Node.js with npm, as for the OpenAPI lint)");
    }
}
