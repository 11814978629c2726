package io.huike.plumbing.problems;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.huike.kernel.calendar.DateOutsideCalendarException;
import io.huike.kernel.refusals.Conflict;
import io.huike.kernel.refusals.FieldViolation;
import io.huike.kernel.refusals.InvalidInput;
import io.huike.kernel.refusals.NotFound;
import io.huike.kernel.refusals.NotPermitted;
import io.huike.kernel.refusals.Refusal;
import io.huike.kernel.refusals.RuleBroken;
import io.huike.kernel.refusals.StaleVersion;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.net.URISyntaxException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure a caller can meet into an RFC 9457 problem detail. Bad input is a 400 naming the field at
 * fault; an unexpected failure is a 500 with an incident id that is also in the log, never a stack trace.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.problem(), uri);
    }

    @ServerExceptionMapper
    public Response refused(Refusal e, UriInfo uri) {
        return respond(problemOf(e), uri);
    }

    /** A domain refusal as a problem detail: its kind chooses the status, its slug the problem type. */
    public static Problem problemOf(Refusal refusal) {
        int status;
        String title;
        if (refusal instanceof InvalidInput) {
            status = 400;
            title = "Invalid request";
        } else if (refusal instanceof NotFound) {
            status = 404;
            title = "Not found";
        } else if (refusal instanceof NotPermitted) {
            status = 403;
            title = "Forbidden";
        } else if (refusal instanceof Conflict) {
            status = 409;
            title = "Conflict";
        } else if (refusal instanceof StaleVersion) {
            status = 412;
            title = "Precondition failed";
        } else {
            status = 422;
            title = "Unprocessable request";
        }
        return new Problem(
                ProblemException.type(refusal.slug()),
                title,
                status,
                refusal.detail(),
                refusal.violations().isEmpty() ? null : refusal.violations(),
                refusal.extensions().isEmpty() ? null : refusal.extensions());
    }

    @ServerExceptionMapper
    public Response invalidFields(ConstraintViolationException e, UriInfo uri) {
        List<FieldViolation> violations = e.getConstraintViolations().stream()
                .map(v -> new FieldViolation(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldViolation::field))
                .toList();
        return respond(problemOf(new InvalidInput(violations)), uri);
    }

    /** Listed one by one: the closest registered type wins, and the REST layer brings its own for some of them. */
    @ServerExceptionMapper({
        JsonProcessingException.class,
        JsonParseException.class,
        JsonMappingException.class,
        MismatchedInputException.class,
        InvalidFormatException.class,
        UnrecognizedPropertyException.class,
        ValueInstantiationException.class
    })
    public Response unreadableBody(JsonProcessingException e, UriInfo uri) {
        return respond(problemOf(new InvalidInput(List.of(violationOf(e)))), uri);
    }

    @ServerExceptionMapper
    public Response dateOutsideCalendar(DateOutsideCalendarException e, UriInfo uri) {
        return respond(problemOf(new RuleBroken("date-outside-calendar", e.getMessage())), uri);
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response badToken(AuthenticationFailedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response badTokenCompletion(AuthenticationCompletionException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(
                new Problem(
                        ProblemException.type("forbidden"),
                        "Forbidden",
                        403,
                        "The caller's role may not use this operation",
                        null,
                        null),
                uri);
    }

    @ServerExceptionMapper
    public Response concurrentChange(OptimisticLockException e, UriInfo uri) {
        return respond(
                ProblemException.preconditionFailed(
                                "The record was changed by someone else meanwhile; read it again and retry")
                        .problem(),
                uri);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri, ContainerRequestContext request) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableBody(json, uri);
        }
        if (e.getCause() instanceof ProblemException problem) {
            return respond(problem.problem(), uri);
        }
        if (e.getCause() instanceof Refusal refusal) {
            return respond(problemOf(refusal), uri);
        }
        if (status == 404 && e.getCause() != null && !(e.getCause() instanceof WebApplicationException)) {
            // The REST layer could not convert a path or query parameter; ParameterChecks names it before this
            // for every type it knows, so this is the answer for a type it does not.
            return respond(
                    problemOf(new InvalidInput(List.of(new FieldViolation(
                            "parameter", "a path or query parameter has a value of the wrong type")))),
                    uri);
        }
        if (status == 404 || status == 405) {
            Set<String> allowed = AllowedMethods.on(uri.getPath());
            if (!allowed.isEmpty() && !allowed.contains(request.getMethod())) {
                return Response.fromResponse(respond(
                                new Problem(
                                        ProblemException.type("method-not-allowed"),
                                        "Method Not Allowed",
                                        405,
                                        "This resource takes " + String.join(", ", allowed),
                                        null,
                                        null),
                                uri))
                        .header("Allow", String.join(", ", allowed))
                        .build();
            }
        }
        Response.StatusType statusType = Response.Status.fromStatusCode(status);
        String title = statusType != null ? statusType.getReasonPhrase() : "HTTP " + status;
        String detail = switch (status) {
            case 404 -> "No such resource";
            case 405 -> "This resource does not accept that method";
            case 406 -> "This resource cannot answer in the requested media type";
            case 415 -> "This resource takes application/json";
            default -> title;
        };
        return respond(new Problem(ProblemException.type(slug(title)), title, status, detail, null, null), uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (isDatabaseUnavailable(e)) {
            LOG.warnf("Database unavailable for %s: %s", loggable(uri.getPath()), e.getMessage());
            return Response.fromResponse(respond(
                            new Problem(
                                    ProblemException.type("unavailable"),
                                    "Service unavailable",
                                    503,
                                    "The service's database is unreachable; nothing was changed. Retry later.",
                                    null,
                                    null),
                            uri))
                    .header("Retry-After", "5")
                    .build();
        }
        if (UniqueViolations.causedBy(e)) {
            return respond(
                    problemOf(new Conflict(
                            "already-exists",
                            "A record with the same identity was written meanwhile; nothing was changed",
                            null)),
                    uri);
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Incident %s at %s", incident, loggable(uri.getPath()));
        return respond(
                new Problem(
                        ProblemException.type("internal-error"),
                        "Internal error",
                        500,
                        "Something failed on our side; quote incident " + incident,
                        null,
                        java.util.Map.of("incident", incident)),
                uri);
    }

    private static Response unauthenticated(UriInfo uri) {
        return Response.fromResponse(respond(
                        new Problem(
                                ProblemException.type("unauthenticated"),
                                "Unauthorized",
                                401,
                                "A valid bearer token is required",
                                null,
                                null),
                        uri))
                .header("WWW-Authenticate", "Bearer")
                .build();
    }

    /** The response that carries a problem, with the request path as its instance. */
    public static Response respond(Problem problem, UriInfo uri) {
        return Response.status(problem.getStatus())
                .type(Problem.MEDIA_TYPE)
                .entity(problem.withInstance(instanceOf(uri.getPath())))
                .build();
    }

    /**
     * The request path as a URI reference, its characters that may not stand in a URI (a space, a quote, a percent
     * sign, a control character) percent-encoded again: the REST layer hands the path over decoded.
     */
    public static URI instanceOf(String decodedPath) {
        try {
            return new URI(null, null, decodedPath, null);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /**
     * The request path as it may stand in a log line: control characters (a forged line break, a NUL byte) written
     * as escapes, and at most 300 characters.
     */
    public static String loggable(String path) {
        if (path == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < path.length() && out.length() < 300; i++) {
            char c = path.charAt(i);
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT || c == '\\') {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return path.length() > 300 ? out + "…" : out.toString();
    }

    /** The body's field as the caller wrote it, without the method and parameter names of our code. */
    static String fieldOf(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = new ArrayList<>();
        violation.getPropertyPath().forEach(nodes::add);
        nodes.removeIf(node -> node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR);
        if (nodes.size() > 1 && nodes.get(0).getKind() == ElementKind.PARAMETER) {
            nodes.remove(0);
        }
        StringBuilder field = new StringBuilder();
        for (Path.Node node : nodes) {
            if (node.getIndex() != null && field.length() > 0) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.length() == 0 ? "body" : field.toString();
    }

    static FieldViolation violationOf(JsonProcessingException e) {
        if (e instanceof JsonParseException) {
            return new FieldViolation("body", "is not well-formed JSON");
        }
        if (e instanceof MismatchedInputException
                && String.valueOf(e.getOriginalMessage()).startsWith("Trailing token")) {
            return new FieldViolation("body", "has more after the JSON value");
        }
        if (!(e instanceof JsonMappingException mapping)) {
            return new FieldViolation("body", "cannot be read as JSON");
        }
        String field = pathOf(mapping);
        if (e instanceof UnrecognizedPropertyException unknown) {
            return new FieldViolation(field, "is not a field of this request");
        }
        if (e instanceof InvalidFormatException format
                && format.getTargetType() != null
                && format.getTargetType().isEnum()) {
            String allowed = Arrays.stream(format.getTargetType().getEnumConstants())
                    .map(String::valueOf)
                    .collect(Collectors.joining(", "));
            return new FieldViolation(field, "must be one of: " + allowed);
        }
        if (e instanceof InvalidFormatException format
                && format.getOriginalMessage() != null
                && format.getOriginalMessage().startsWith("must ")) {
            // Our own readers (StrictJson's years, say) say what the value must be.
            return new FieldViolation(field, format.getOriginalMessage());
        }
        if (e instanceof ValueInstantiationException) {
            return new FieldViolation(field, "has an invalid value");
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return new FieldViolation(field, "must be " + describe(mismatch.getTargetType()));
        }
        return new FieldViolation(field, "has an invalid value");
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? "body" : path.toString();
    }

    private static String describe(Class<?> type) {
        if (type == String.class) {
            return "a string";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type.isArray() || java.util.Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "an ISO-8601 date or time";
        }
        if (type == UUID.class) {
            return "a UUID";
        }
        return "an object";
    }

    /**
     * A connection refused or broken (SQL state class 08), the server shutting down or starting up (57P01 to 57P03:
     * a session cut off by a stop), or no connection from the pool in time.
     */
    static boolean isDatabaseUnavailable(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || state.startsWith("57P"))) {
                    return true;
                }
                if (String.valueOf(sql.getMessage()).toLowerCase(Locale.ROOT).contains("acquisition timeout")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String slug(String title) {
        return title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
