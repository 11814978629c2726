package io.huike.plumbing.problems;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.huike.kernel.refusals.FieldViolation;
import io.huike.kernel.refusals.InvalidInput;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

/**
 * Answers with a problem detail the requests that the HTTP layer refuses before the REST layer sees them: a body
 * over the size limit (413), a request line or headers over theirs (414, 431), a path that is not well-formed
 * (malformed percent escapes, control characters such as {@code %00}: 400 naming {@code path}); and any failure that
 * escapes the REST layer, which the HTTP layer would otherwise answer in plain text or HTML.
 *
 * <p>The limits are read from {@code huike.http.limits.*}; Netty's own limits ({@code quarkus.http.limits.*}) are set
 * well above them so that a request over ours still reaches this handler, and only a request over Netty's is refused
 * with a bare status.
 */
@Singleton
public class EdgeProblems {

    private static final Logger LOG = Logger.getLogger(EdgeProblems.class);

    /**
     * A filter runs before every route: authentication, Quarkus's own body-size check and the REST layer's metrics
     * all read the decoded path, and a malformed one would fail there. Below {@code SecurityHeaders}, so refusals
     * carry its headers.
     */
    private static final int FILTER_PRIORITY = 900;

    /** Before Quarkus's own failure handlers, which answer in plain text or HTML. */
    private static final int FAILURE_ORDER = -3;

    private final ObjectMapper json;
    private final long maxBodySize;
    private final int maxUriLength;
    private final long maxHeaderSize;
    private final BodyHandler chunkedBodies;

    EdgeProblems(ObjectMapper json) {
        this.json = json;
        Config config = ConfigProvider.getConfig();
        this.maxBodySize = config.getOptionalValue("quarkus.http.limits.max-body-size", MemorySize.class)
                .map(MemorySize::asLongValue)
                .orElse(Long.MAX_VALUE);
        this.maxUriLength = config.getOptionalValue("huike.http.limits.max-uri-length", Integer.class)
                .orElse(8192);
        this.maxHeaderSize = config.getOptionalValue("huike.http.limits.max-header-size", MemorySize.class)
                .map(MemorySize::asLongValue)
                .orElse(20L * 1024);
        this.chunkedBodies = BodyHandler.create(false).setBodyLimit(maxBodySize).setMergeFormAttributes(false);
    }

    void checkRequests(@Observes Filters filters) {
        filters.register(this::checkRequest, FILTER_PRIORITY);
    }

    void answerFailures(@Observes Router router) {
        router.route().order(FAILURE_ORDER).failureHandler(this::failure);
    }

    void checkRequest(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (request.uri().length() > maxUriLength) {
            answer(
                    ctx,
                    problem(
                            414,
                            "URI Too Long",
                            "The request's path and query exceed " + maxUriLength + " characters"));
            return;
        }
        long headerSize = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            headerSize += header.getKey().length() + header.getValue().length() + 4;
        }
        if (headerSize > maxHeaderSize) {
            answer(
                    ctx,
                    problem(
                            431,
                            "Request Header Fields Too Large",
                            "The request's headers exceed " + maxHeaderSize + " bytes"));
            return;
        }
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && isOver(length, maxBodySize)) {
            answer(ctx, bodyTooLarge());
            return;
        }
        Optional<FieldViolation> targetFault = targetFault(request.uri());
        if (targetFault.isPresent()) {
            answer(ctx, ProblemMappers.problemOf(new InvalidInput(List.of(targetFault.get()))));
            return;
        }
        if (length == null && request.headers().contains(HttpHeaders.TRANSFER_ENCODING)) {
            // A chunked body announces no length: it is read here, up to the limit, so that going over it fails
            // into the failure handler below (413 as a problem) rather than the REST layer's bare 413.
            chunkedBodies.handle(ctx);
            return;
        }
        ctx.next();
    }

    void failure(RoutingContext ctx) {
        HttpServerResponse response = ctx.response();
        if (response.headWritten()) {
            ctx.next();
            return;
        }
        int status = ctx.statusCode() >= 400 ? ctx.statusCode() : 500;
        if (status >= 500) {
            String incident = UUID.randomUUID().toString();
            LOG.errorf(ctx.failure(), "Incident %s at %s", incident, ProblemMappers.loggable(safePath(ctx)));
            answer(
                    ctx,
                    new Problem(
                            ProblemException.type("internal-error"),
                            "Internal error",
                            500,
                            "Something failed on our side; quote incident " + incident,
                            null,
                            Map.of("incident", incident)));
            return;
        }
        if (status == 413) {
            answer(ctx, bodyTooLarge());
            return;
        }
        String title = switch (status) {
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 414 -> "URI Too Long";
            case 415 -> "Unsupported Media Type";
            case 431 -> "Request Header Fields Too Large";
            default -> "Bad Request";
        };
        answer(ctx, problem(status, title, title));
    }

    private Problem bodyTooLarge() {
        return new Problem(
                ProblemException.type("payload-too-large"),
                "Content Too Large",
                413,
                "The request's body exceeds " + maxBodySize + " bytes; nothing was changed",
                List.of(new FieldViolation("body", "must be at most " + maxBodySize + " bytes")),
                null);
    }

    private static Problem problem(int status, String title, String detail) {
        String slug = title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return new Problem(ProblemException.type(slug), title, status, detail, null, null);
    }

    private void answer(RoutingContext ctx, Problem problem) {
        problem.withInstance(ProblemMappers.instanceOf(safePath(ctx)));
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "{\"status\":" + problem.getStatus() + "}";
        }
        HttpServerResponse response = ctx.response()
                .setStatusCode(problem.getStatus())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        if (problem.getStatus() == 413 || problem.getStatus() == 414 || problem.getStatus() == 431) {
            // The rest of an oversized request is not read; the connection cannot be reused after it.
            response.putHeader(HttpHeaders.CONNECTION, "close");
            response.endHandler(done -> ctx.request().connection().close());
        }
        response.end(body);
    }

    /** The decoded request path, or the raw one where it cannot be decoded. */
    private static String safePath(RoutingContext ctx) {
        String raw = ctx.request().path();
        if (raw == null) {
            return "/";
        }
        try {
            return decode(raw);
        } catch (IllegalArgumentException e) {
            return raw;
        }
    }

    static boolean isOver(String contentLength, long limit) {
        try {
            return Long.parseLong(contentLength.strip()) > limit;
        } catch (NumberFormatException e) {
            // Netty refuses a malformed Content-Length itself.
            return false;
        }
    }

    /**
     * Why the raw request target (path and query) is refused, or empty when it is well-formed: it must parse as a URI
     * (no malformed escape, nothing that must be escaped), and its path must decode to UTF-8 without control
     * characters.
     */
    static Optional<FieldViolation> targetFault(String rawTarget) {
        if (rawTarget == null) {
            return Optional.empty();
        }
        try {
            new URI(rawTarget);
        } catch (URISyntaxException e) {
            int query = rawTarget.indexOf('?');
            String field = query >= 0 && e.getIndex() > query ? "query" : "path";
            return Optional.of(new FieldViolation(
                    field, "has a malformed percent escape or a character that must be percent-encoded"));
        }
        int query = rawTarget.indexOf('?');
        return pathFault(query < 0 ? rawTarget : rawTarget.substring(0, query))
                .map(message -> new FieldViolation("path", message));
    }

    /** Why the raw path is refused, or empty when it is well-formed. */
    static Optional<String> pathFault(String rawPath) {
        if (rawPath == null) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = decode(rawPath);
        } catch (IllegalArgumentException e) {
            return Optional.of("has a malformed percent escape or is not UTF-8");
        }
        for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            if (Character.isISOControl(c)) {
                return Optional.of("must not contain control characters (such as %00, %09, %0A)");
            }
        }
        return Optional.empty();
    }

    /** Percent-decodes a path strictly: {@code +} stays {@code +}, and a bad escape or bad UTF-8 is refused. */
    static String decode(String raw) {
        if (raw.indexOf('%') < 0) {
            return raw;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    throw new IllegalArgumentException("truncated escape");
                }
                int high = Character.digit(raw.charAt(i + 1), 16);
                int low = Character.digit(raw.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    throw new IllegalArgumentException("bad escape");
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
            }
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("not UTF-8", e);
        }
    }
}
