package io.huike.benchmarks;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One user signed in to the workbench as a browser signs in, with a cookie jar and redirects followed by hand: a
 * workbench page answers 302 to Keycloak's authorization endpoint, Keycloak shows its login page, the login form is
 * posted with the user's name and password, Keycloak answers 302 back to the workbench with the code, and the
 * workbench, having exchanged it, sets its session cookie and sends the browser on to the page. Afterwards every
 * request carries the session cookie, and no redirect is followed.
 */
final class WorkbenchSession {

    /** The workbench's session cookie (split into {@code q_session_chunk_N} when it is large). */
    static final String SESSION_COOKIE = "q_session";

    private static final int MAX_REDIRECTS = 10;
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Pattern FORM_TAG = Pattern.compile("<form\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern INPUT_TAG = Pattern.compile("<input\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);");

    /** One answer: its status, body, headers and how long it took from sending to the last byte of the body. */
    record Answer(URI uri, int status, byte[] body, Map<String, List<String>> headers, long nanos) {

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        Optional<String> header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream())
                    .findFirst();
        }

        boolean redirect() {
            return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
        }
    }

    private final HttpClient http;
    private final CookieManager cookies;
    private final URI workbench;
    private final String user;

    private WorkbenchSession(HttpClient http, CookieManager cookies, URI workbench, String user) {
        this.http = http;
        this.cookies = cookies;
        this.workbench = workbench;
        this.user = user;
    }

    /**
     * Signs the user in by opening a page of the workbench that needs a sign-in.
     *
     * @throws IOException when a step answers otherwise than a browser's sign-in expects, saying which
     */
    static WorkbenchSession signIn(String workbenchUrl, String keycloakUrl, String user, String password, String page)
            throws IOException, InterruptedException {
        CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ORIGINAL_SERVER);
        WorkbenchSession session =
                new WorkbenchSession(client(cookies), cookies, URI.create(strip(workbenchUrl)), user);
        session.signIn(URI.create(strip(keycloakUrl)), password, page);
        return session;
    }

    /** Nobody signed in: a browser's cookie jar and nothing in it yet, as a resident opens the status page. */
    static WorkbenchSession anonymous(String workbenchUrl) {
        CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ORIGINAL_SERVER);
        return new WorkbenchSession(client(cookies), cookies, URI.create(strip(workbenchUrl)), null);
    }

    private static HttpClient client(CookieManager cookies) {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new LoopbackCookies(cookies))
                .build();
    }

    private void signIn(URI keycloak, String password, String page) throws IOException, InterruptedException {
        Answer first = get(page);
        if (!first.redirect()) {
            throw new IOException("%s answered %d, not a redirect to the sign-in".formatted(page, first.status()));
        }
        URI authorization = location(first);
        if (!under(authorization, keycloak)) {
            throw new IOException("the workbench sends the sign-in to %s, not to Keycloak at %s"
                    .formatted(withoutQuery(authorization), keycloak));
        }
        Answer login = follow(first);
        if (login.status() != 200 || !under(login.uri(), keycloak)) {
            throw new IOException("Keycloak's authorization endpoint led to %d at %s, not to its login page"
                    .formatted(login.status(), withoutQuery(login.uri())));
        }
        String action = loginFormAction(login.text())
                .orElseThrow(() -> new IOException(
                        "Keycloak's login page at %s has no form kc-form-login".formatted(withoutQuery(login.uri()))));
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("username", user);
        fields.put("password", password);
        fields.put("credentialId", "");
        Answer posted = send(
                HttpRequest.newBuilder(login.uri().resolve(action))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form(fields))),
                login.uri().resolve(action));
        if (!posted.redirect()) {
            throw new IOException(
                    posted.status() == 200
                            ? "Keycloak did not let %s in: it showed its page again (wrong password, or an action"
                                            .formatted(user)
                                    + " the account must take first; HUIKE_BENCH_DEMO_PASSWORD)"
                            : "Keycloak answered %d to %s's login form".formatted(posted.status(), user));
        }
        URI back = location(posted);
        if (!under(back, workbench)) {
            throw new IOException(
                    "Keycloak sent %s on to %s, not back to the workbench".formatted(user, withoutQuery(back)));
        }
        Answer landed = follow(posted);
        if (!hasSessionCookie()) {
            throw new IOException("after the sign-in the workbench set no %s cookie (it answered %d at %s)"
                    .formatted(SESSION_COOKIE, landed.status(), withoutQuery(landed.uri())));
        }
    }

    /** A GET of a workbench page with the session, no redirect followed. */
    Answer get(String path) throws IOException, InterruptedException {
        URI uri = workbench.resolve(path);
        return send(HttpRequest.newBuilder(uri).header("Accept", "text/html").GET(), uri);
    }

    /** A form sent to a workbench page with the session, as the browser sends it, no redirect followed. */
    Answer post(String path, Map<String, String> fields) throws IOException, InterruptedException {
        URI uri = workbench.resolve(path);
        return send(
                HttpRequest.newBuilder(uri)
                        .header("Accept", "text/html")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form(fields))),
                uri);
    }

    boolean hasSessionCookie() {
        return cookies.getCookieStore().getCookies().stream()
                .map(HttpCookie::getName)
                .anyMatch(name -> name.startsWith(SESSION_COOKIE));
    }

    private Answer follow(Answer answer) throws IOException, InterruptedException {
        Answer current = answer;
        for (int hops = 0; current.redirect(); hops++) {
            if (hops == MAX_REDIRECTS) {
                throw new IOException("more than %d redirects, the last to %s"
                        .formatted(MAX_REDIRECTS, withoutQuery(location(current))));
            }
            URI next = location(current);
            current = send(
                    HttpRequest.newBuilder(next).header("Accept", "text/html").GET(), next);
        }
        return current;
    }

    private Answer send(HttpRequest.Builder request, URI uri) throws IOException, InterruptedException {
        long started = System.nanoTime();
        HttpResponse<byte[]> response =
                http.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofByteArray());
        long nanos = System.nanoTime() - started;
        return new Answer(
                uri, response.statusCode(), response.body(), response.headers().map(), nanos);
    }

    private static URI location(Answer answer) throws IOException {
        String location = answer.header("Location")
                .orElseThrow(() -> new IOException(
                        "%d from %s without a Location".formatted(answer.status(), withoutQuery(answer.uri()))));
        return answer.uri().resolve(location);
    }

    /** Whether an address is at or below a base address (same scheme, host, port and path prefix). */
    static boolean under(URI uri, URI base) {
        String prefix = base.toString().endsWith("/") ? base.toString() : base + "/";
        String address = uri.getScheme() + "://" + uri.getRawAuthority() + uri.getRawPath();
        return address.equalsIgnoreCase(base.toString())
                || address.toLowerCase(Locale.ROOT).startsWith(prefix.toLowerCase(Locale.ROOT));
    }

    /**
     * The action of Keycloak's login form ({@code <form id="kc-form-login" action="...">}), its HTML escapes
     * undone ({@code &amp;} between the query's parameters).
     */
    static Optional<String> loginFormAction(String html) {
        Matcher forms = FORM_TAG.matcher(html);
        while (forms.find()) {
            String tag = forms.group();
            if (attribute(tag, "id").filter("kc-form-login"::equals).isPresent()) {
                return attribute(tag, "action").map(WorkbenchSession::unescape);
            }
        }
        return Optional.empty();
    }

    /** The hidden fields of the form with this id, as a browser sends them. */
    static Map<String, String> hiddenFields(String html, String formId) {
        Matcher start = Pattern.compile("<form\\b[^>]*\\bid\\s*=\\s*\"" + Pattern.quote(formId) + "\"[^>]*>")
                .matcher(html);
        Map<String, String> fields = new LinkedHashMap<>();
        if (!start.find()) {
            return fields;
        }
        int end = html.indexOf("</form>", start.end());
        String form = html.substring(start.end(), end < 0 ? html.length() : end);
        Matcher input = INPUT_TAG.matcher(form);
        while (input.find()) {
            String tag = input.group();
            if (attribute(tag, "type")
                    .map(t -> t.toLowerCase(Locale.ROOT).equals("hidden"))
                    .orElse(false)) {
                attribute(tag, "name")
                        .ifPresent(n -> fields.put(
                                n,
                                attribute(tag, "value")
                                        .map(WorkbenchSession::unescape)
                                        .orElse("")));
            }
        }
        return fields;
    }

    private static Optional<String> attribute(String tag, String name) {
        Matcher m = Pattern.compile("\\s" + Pattern.quote(name) + "\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')")
                .matcher(tag);
        return m.find() ? Optional.of(m.group(1) != null ? m.group(1) : m.group(2)) : Optional.empty();
    }

    /** Undoes HTML character references: the named ones a URL or token may hold, and numeric ones. */
    static String unescape(String text) {
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String entity = m.group(1);
            String replacement = switch (entity) {
                case "amp" -> "&";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "lt" -> "<";
                case "gt" -> ">";
                default -> {
                    if (entity.startsWith("#x") || entity.startsWith("#X")) {
                        yield Character.toString(Integer.parseInt(entity.substring(2), 16));
                    }
                    if (entity.startsWith("#")) {
                        yield Character.toString(Integer.parseInt(entity.substring(1)));
                    }
                    yield m.group();
                }
            };
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        return m.appendTail(out).toString();
    }

    static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String withoutQuery(URI uri) {
        return uri.getScheme() + "://" + uri.getRawAuthority() + uri.getRawPath();
    }

    private static String strip(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /**
     * A browser's cookie jar on loopback: a browser treats {@code http://127.0.0.1} and {@code http://localhost} as
     * a secure context and sends them the cookies marked {@code Secure} (Keycloak marks its session cookies so even
     * over HTTP); {@link CookieManager} sends those over HTTPS only. For a loopback address this jar looks cookies up
     * as for HTTPS; for any other it is the plain {@link CookieManager}.
     */
    static final class LoopbackCookies extends CookieHandler {

        private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]", "::1");

        private final CookieManager cookies;

        LoopbackCookies(CookieManager cookies) {
            this.cookies = cookies;
        }

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) throws IOException {
            return cookies.get(secureIfLoopback(uri), requestHeaders);
        }

        @Override
        public void put(URI uri, Map<String, List<String>> responseHeaders) throws IOException {
            cookies.put(uri, responseHeaders);
        }

        static URI secureIfLoopback(URI uri) {
            if (!"http".equalsIgnoreCase(uri.getScheme())
                    || uri.getHost() == null
                    || !LOOPBACK.contains(uri.getHost().toLowerCase(Locale.ROOT))) {
                return uri;
            }
            try {
                return new URI(
                        "https",
                        uri.getRawUserInfo(),
                        uri.getHost(),
                        uri.getPort(),
                        uri.getPath(),
                        uri.getQuery(),
                        uri.getFragment());
            } catch (URISyntaxException e) {
                return uri;
            }
        }
    }
}
