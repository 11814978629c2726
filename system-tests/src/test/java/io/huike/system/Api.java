package io.huike.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/** Raw HTTP to the running services: the sweeps need to send bodies no typed client would produce. */
final class Api {

    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private final Platform platform;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    Api(Platform platform) {
        this.platform = platform;
    }

    /** What a service answered. */
    record Answer(int status, String contentType, String body, String etag) {

        boolean isProblem() {
            return contentType.startsWith("application/problem+json");
        }

        JsonNode json() {
            try {
                return body.isEmpty() ? MissingNode.getInstance() : JSON.readTree(body);
            } catch (IOException e) {
                return MissingNode.getInstance();
            }
        }

        /** An RFC 9457 problem: the media type, and a status member equal to the HTTP status, a title and a detail. */
        boolean isProblemDetail() {
            JsonNode problem = json();
            return isProblem()
                    && problem.path("status").asInt() == status
                    && problem.path("title").isTextual()
                    && problem.path("detail").isTextual();
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
        }
    }

    /**
     * Sends one request. {@code body} is sent as it is (so it may be malformed), with {@code Content-Type:
     * application/json} when not null; {@code token} may be null for an anonymous request.
     */
    Answer send(String service, String method, String path, String token, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(platform.url(service) + path))
                .timeout(Duration.ofSeconds(60))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        try {
            // The request timeout covers only the wait for the headers; a body that never ends must fail too.
            HttpResponse<String> response = http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString())
                    .get(60, java.util.concurrent.TimeUnit.SECONDS);
            ObservedStatuses.record(service, method, path, response.statusCode());
            return new Answer(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body(),
                    response.headers().firstValue("ETag").orElse(null));
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException(method + " " + path + " to " + service + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Sends one request over a plain socket with the request target exactly as given, for targets that no HTTP
     * client would send (a malformed percent escape, an unescaped quote); the answer is read until the service closes
     * the connection.
     */
    Answer sendRaw(
            String service, String method, String target, String token, String body, Map<String, String> headers) {
        URI base = URI.create(platform.url(service));
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder request = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: " + base.getHost()
                + "\r\nConnection: close\r\nContent-Length: " + content.length + "\r\n");
        if (body != null) {
            request.append("Content-Type: application/json\r\n");
        }
        if (token != null) {
            request.append("Authorization: Bearer ").append(token).append("\r\n");
        }
        headers.forEach(
                (name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
        request.append("\r\n");
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.UTF_8));
            out.write(content);
            out.flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int headersEnd = answer.indexOf("\r\n\r\n");
            String head = headersEnd < 0 ? answer : answer.substring(0, headersEnd);
            String[] lines = head.split("\r\n");
            int status = Integer.parseInt(lines[0].split(" ")[1]);
            String contentType = "";
            for (String line : lines) {
                if (line.toLowerCase(Locale.ROOT).startsWith("content-type:")) {
                    contentType = line.substring("content-type:".length()).strip();
                }
            }
            ObservedStatuses.record(service, method, target, status);
            return new Answer(status, contentType, headersEnd < 0 ? "" : answer.substring(headersEnd + 4), null);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException(method + " " + target + " to " + service + " failed", e);
        }
    }

    Answer get(String service, String path, String token) {
        return send(service, "GET", path, token, null, Map.of());
    }

    /** A JSON body that must be accepted: fails with the answer when it is not 2xx. */
    JsonNode write(String service, String method, String path, String token, Object body, Map<String, String> headers) {
        try {
            Answer answer = send(service, method, path, token, JSON.writeValueAsString(body), headers);
            if (answer.status() / 100 != 2) {
                throw new AssertionError(method + " " + path + " at " + service + " answered " + answer);
            }
            return answer.json();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
