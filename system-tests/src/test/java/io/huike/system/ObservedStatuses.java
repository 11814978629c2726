package io.huike.system;

import io.huike.testing.OpenApiDocument;
import io.huike.testing.OpenApiDocument.Endpoint;
import io.restassured.filter.Filter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Every status a system test of this run met, by service, method and path, so that one check can hold them against
 * the operations of the OpenAPI documents: an answer a caller can meet must be documented on its operation.
 */
final class ObservedStatuses {

    /** One answer: the request's service, method and path (with its query) and the status. */
    record Observation(String service, String method, String path, int status) {}

    private static final Set<Observation> OBSERVED = ConcurrentHashMap.newKeySet();

    private ObservedStatuses() {}

    static void record(String service, String method, String path, int status) {
        // 0: no answer at all (a killed process), which no document describes.
        if (status > 0) {
            OBSERVED.add(new Observation(service, method, path, status));
        }
    }

    /** Records what the tests of a platform send through REST Assured, by the port each service listens on. */
    static Filter recorder(Platform platform) {
        return (request, response, context) -> {
            var answer = context.next(request, response);
            for (String service : Platform.SERVICES) {
                String base = platform.url(service);
                if (request.getURI().startsWith(base + "/")) {
                    record(
                            service,
                            request.getMethod(),
                            request.getURI().substring(base.length()),
                            answer.statusCode());
                }
            }
            return answer;
        };
    }

    /** An operation of a service's document and a status it answered, with a path that met it. */
    record Pair(String service, Endpoint endpoint, int status, String example) {

        boolean documented() {
            return endpoint.documents(status);
        }

        @Override
        public String toString() {
            return service + " " + endpoint + " answered " + status + " (e.g. " + abbreviate(example) + ")";
        }
    }

    /**
     * The distinct (operation, status) pairs met so far; answers to paths that are no operation of the documents are
     * added to {@code outsideTheDocuments}.
     */
    static List<Pair> met(Map<String, OpenApiDocument> documents, Set<String> outsideTheDocuments) {
        Map<String, Pair> pairs = new TreeMap<>();
        for (Observation seen : OBSERVED) {
            Endpoint endpoint = operationOf(documents.get(seen.service()), seen.method(), seen.path());
            if (endpoint == null) {
                outsideTheDocuments.add(
                        seen.service() + " " + seen.method() + " " + pathOnly(seen.path()) + " " + seen.status());
            } else {
                pairs.putIfAbsent(
                        seen.service() + " " + endpoint + " " + seen.status(),
                        new Pair(seen.service(), endpoint, seen.status(), seen.path()));
            }
        }
        return List.copyOf(pairs.values());
    }

    /**
     * The operation whose path template matches the path; where several do ({@code /cases/{id}} and {@code
     * /cases/overdue}), the one with the most fixed text.
     */
    static Endpoint operationOf(OpenApiDocument document, String method, String pathWithQuery) {
        if (document == null) {
            return null;
        }
        String path = pathOnly(pathWithQuery);
        Endpoint best = null;
        int bestFixed = -1;
        for (Endpoint endpoint : document.endpoints()) {
            if (!endpoint.method().equals(method)
                    || !template(endpoint.path()).matcher(path).matches()) {
                continue;
            }
            int fixed = endpoint.path().replaceAll("\\{[^}]+}", "").length();
            if (fixed > bestFixed) {
                best = endpoint;
                bestFixed = fixed;
            }
        }
        return best;
    }

    private static Pattern template(String path) {
        StringBuilder regex = new StringBuilder();
        for (String part : path.split("((?=\\{)|(?<=}))")) {
            regex.append(part.startsWith("{") ? "[^/]+" : Pattern.quote(part));
        }
        return Pattern.compile(regex.toString());
    }

    private static String pathOnly(String pathWithQuery) {
        int query = pathWithQuery.indexOf('?');
        return query < 0 ? pathWithQuery : pathWithQuery.substring(0, query);
    }

    private static String abbreviate(String path) {
        return path.length() > 120 ? path.substring(0, 120) + "…" : path;
    }
}
