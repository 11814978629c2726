package io.huike.plumbing.problems;

import io.quarkus.arc.Arc;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTTP methods the service's endpoints take on a path, so that a request with another method on an existing
 * path is answered 405 with {@code Allow} rather than 404. The REST layer finds this out only within one resource
 * class, and most of ours share the prefix {@code /communities/{community}}, so it answered 404.
 */
final class AllowedMethods {

    /** One endpoint: the pattern of its whole path and its method. */
    record Endpoint(Pattern path, String method) {}

    private static final Pattern VARIABLE =
            Pattern.compile("\\{\\s*\\w[\\w.-]*\\s*(?::\\s*((?:[^{}]|\\{[^{}]*\\})+))?}");

    private static volatile List<Endpoint> endpoints;

    private AllowedMethods() {}

    /** The methods allowed on this path (with HEAD where GET is, and OPTIONS), or none when no endpoint has it. */
    static Set<String> on(String path) {
        Set<String> allowed = new TreeSet<>();
        for (Endpoint endpoint : endpoints()) {
            if (endpoint.path().matcher(path).matches()) {
                allowed.add(endpoint.method());
            }
        }
        if (allowed.contains("GET")) {
            allowed.add("HEAD");
        }
        if (!allowed.isEmpty()) {
            allowed.add("OPTIONS");
        }
        return allowed;
    }

    private static List<Endpoint> endpoints() {
        List<Endpoint> known = endpoints;
        if (known == null) {
            known = List.copyOf(scan());
            endpoints = known;
        }
        return known;
    }

    private static List<Endpoint> scan() {
        List<Endpoint> found = new ArrayList<>();
        if (Arc.container() == null) {
            return found;
        }
        for (Bean<?> bean : Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> type = bean.getBeanClass();
            Path classPath = type.getAnnotation(Path.class);
            if (classPath == null) {
                continue;
            }
            for (Method method : type.getMethods()) {
                String httpMethod = httpMethodOf(method);
                if (httpMethod == null) {
                    continue;
                }
                Path methodPath = method.getAnnotation(Path.class);
                String template = join(classPath.value(), methodPath == null ? "" : methodPath.value());
                found.add(new Endpoint(patternOf(template), httpMethod));
            }
        }
        return found;
    }

    private static String httpMethodOf(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod httpMethod = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (httpMethod != null) {
                return httpMethod.value();
            }
        }
        return null;
    }

    static String join(String classPath, String methodPath) {
        String joined = "/" + classPath + "/" + methodPath;
        joined = joined.replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    /** A path template such as {@code /communities/{community}/cases/{id}} as a pattern over decoded paths. */
    static Pattern patternOf(String template) {
        StringBuilder regex = new StringBuilder();
        Matcher variable = VARIABLE.matcher(template);
        int last = 0;
        while (variable.find()) {
            regex.append(Pattern.quote(template.substring(last, variable.start())));
            String own = variable.group(1);
            regex.append('(').append(own == null ? "[^/]+" : own.strip()).append(')');
            last = variable.end();
        }
        regex.append(Pattern.quote(template.substring(last)));
        // A trailing slash reaches the same endpoint.
        regex.append("/?");
        return Pattern.compile(regex.toString());
    }
}
