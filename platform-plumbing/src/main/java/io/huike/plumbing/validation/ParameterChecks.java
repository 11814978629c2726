package io.huike.plumbing.validation;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Reads every typed path and query parameter of the matched endpoint before the REST layer converts it, and refuses
 * a value it cannot take with a 400 naming the parameter and what it takes. The REST layer alone answers such a
 * value with a bare 404 (a failed conversion means "no such resource" in JAX-RS), silently reads a boolean that is
 * neither {@code true} nor {@code false} as {@code false}, and lets a date such as year -999999999 reach the
 * database. Dates, months and years are held to {@link QueryValues#FIRST_YEAR}..{@link QueryValues#LAST_YEAR}; an
 * {@code int} parameter called {@code year} is a year.
 */
public class ParameterChecks {

    /** One typed parameter of an endpoint: where its value comes from, and the check of one value. */
    record Check(String name, boolean inPath, BiConsumer<String, String> reader) {}

    private final Map<Method, List<Check>> checksByMethod = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void checkParameters(ResourceInfo resource, UriInfo uri) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        List<Check> checks = checksByMethod.computeIfAbsent(method, ParameterChecks::checksOf);
        if (checks.isEmpty()) {
            return;
        }
        MultivaluedMap<String, String> path = uri.getPathParameters();
        MultivaluedMap<String, String> query = uri.getQueryParameters();
        for (Check check : checks) {
            List<String> values = (check.inPath() ? path : query).get(check.name());
            if (values != null) {
                for (String value : values) {
                    check.reader().accept(check.name(), value);
                }
            }
        }
    }

    static List<Check> checksOf(Method method) {
        List<Check> checks = new ArrayList<>();
        for (Parameter parameter : method.getParameters()) {
            PathParam pathParam = parameter.getAnnotation(PathParam.class);
            QueryParam queryParam = parameter.getAnnotation(QueryParam.class);
            if (pathParam == null && queryParam == null) {
                continue;
            }
            String name = pathParam != null ? pathParam.value() : queryParam.value();
            BiConsumer<String, String> reader = pathParam != null && parameter.getType() == String.class
                    ? ParameterChecks::pathText
                    : readerOf(name, elementType(parameter));
            if (reader != null) {
                checks.add(new Check(name, pathParam != null, reader));
            }
        }
        return List.copyOf(checks);
    }

    /** The type of one value: a list or set of values is checked value by value. */
    private static Class<?> elementType(Parameter parameter) {
        Type type = parameter.getParameterizedType();
        if (type instanceof ParameterizedType generic
                && generic.getRawType() instanceof Class<?> raw
                && Collection.class.isAssignableFrom(raw)
                && generic.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        return parameter.getType();
    }

    /** How a value of this type is read: text may be anything but control characters, which no one types. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static BiConsumer<String, String> readerOf(String name, Class<?> type) {
        if (type == String.class) {
            return ParameterChecks::text;
        }
        if (type == UUID.class) {
            return present(QueryValues::uuid, "must be a UUID like 7b9e4c1a-2d3f-4e5a-9b8c-1d2e3f4a5b6c");
        }
        if (type == LocalDate.class) {
            return present(QueryValues::date, "must be a date like 2026-05-06");
        }
        if (type == YearMonth.class) {
            return present(QueryValues::yearMonth, "must be a month like 2026-05");
        }
        if (type == Year.class) {
            return present(QueryValues::year, "must be a year like 2026");
        }
        if (type == OffsetDateTime.class) {
            return present(QueryValues::offsetDateTime, "must be a date and time like 2026-05-06T09:00:00+08:00");
        }
        if (type == boolean.class || type == Boolean.class) {
            return present(QueryValues::bool, "must be true or false");
        }
        if ((type == int.class || type == Integer.class) && name.equals("year")) {
            return present(
                    (n, v) -> QueryValues.integer(n, v, QueryValues.FIRST_YEAR, QueryValues.LAST_YEAR),
                    "must be a year like 2026");
        }
        if (type == int.class || type == Integer.class) {
            return present(
                    (n, v) -> QueryValues.integer(n, v, Integer.MIN_VALUE, Integer.MAX_VALUE), "must be a number");
        }
        if (type == long.class || type == Long.class) {
            return present(ParameterChecks::wholeNumber, "must be a number");
        }
        if (type.isEnum()) {
            Class<? extends Enum> enumType = (Class<? extends Enum>) type;
            String allowed = java.util.Arrays.stream(enumType.getEnumConstants())
                    .map(c -> ((Enum<?>) c).name())
                    .collect(java.util.stream.Collectors.joining(", "));
            return present((n, v) -> QueryValues.enumValue(n, v, enumType), "must be one of: " + allowed);
        }
        return null;
    }

    /**
     * A value that is there but blank, or has spaces around it, is refused too: the REST layer, which converts the
     * value as it came, would fail on it.
     */
    private static BiConsumer<String, String> present(BiConsumer<String, String> reader, String blankMessage) {
        return (name, value) -> {
            if (value == null || value.isBlank() || !value.equals(value.strip())) {
                throw QueryValues.invalid(name, blankMessage);
            }
            reader.accept(name, value);
        };
    }

    private static void text(String name, String value) {
        if (value != null && value.codePoints().anyMatch(Character::isISOControl)) {
            throw QueryValues.invalid(name, "must not contain control characters (such as %00, %09, %0A)");
        }
    }

    /** A path segment names a record (a community, a month, a reference): no spaces around it either. */
    private static void pathText(String name, String value) {
        text(name, value);
        if (value != null && !value.equals(value.strip())) {
            throw QueryValues.invalid(name, "must not begin or end with spaces");
        }
    }

    private static void wholeNumber(String name, String value) {
        try {
            Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw QueryValues.invalid(name, "must be a whole number");
        }
    }
}
