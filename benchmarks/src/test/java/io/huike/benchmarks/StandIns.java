package io.huike.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * Keycloak and the workbench as stand-ins on loopback, each answering as the real one does at each step of a
 * browser's sign-in (Keycloak's cookies marked Secure, its login form's action with {@code &amp;}, the state
 * cookie, the code, the session cookie) and with pages shaped as the workbench's.
 */
final class StandIns implements AutoCloseable {

    static final String PASSWORD = "huike-demo";

    /** Keycloak 26's login page (theme keycloak.v2), as much of it as the sign-in reads. */
    static final String LOGIN_PAGE = """
            <!DOCTYPE html><html><body>
            <form id="kc-select-language" action="/realms/huike/other" method="get"></form>
            <div id="kc-form"><div id="kc-form-wrapper">
            <form id="kc-form-login" class="pf-v5-c-form" onsubmit="login.disabled = true; return true;" \
            action="http://127.0.0.1:8180/realms/huike/login-actions/authenticate?session_code=a1&amp;execution=\
            e2&amp;client_id=huike-workbench&amp;tab_id=t3&amp;client_data=eyJ&#61;" method="post" novalidate="novalidate">
            <input id="username" name="username" value="" type="text" autocomplete="username">
            <input id="password" name="password" type="password">
            <input type="hidden" id="id-hidden-input" name="credentialId"/>
            <button class="pf-v5-c-button" name="login" id="kc-login" type="submit">Sign In</button>
            </form></div></div></body></html>
            """;

    private static final String QUEUE = """
            <nav><a href="/cases/mine">我的事项</a><a href="/cases">事项</a></nav>
            <p id="result-count" role="status">共 2 件</p>
            <ul class="case-list" id="case-list">
              <li><h3><a href="/cases/c-1">GL-2026-000004</a></h3></li>
              <li><h3><a href="/cases/c-2">GL-2026-000003</a></h3></li>
            </ul>
            """;

    private static final String STATUS_FORM = """
            <form class="community-switch" method="post" action="/session/community">
              <input type="hidden" name="csrf-token" value="not-this-one">
            </form>
            <form id="status-form" method="post" action="/status" novalidate>
              <input type="hidden" name="csrf-token" value="csrf-1">
              <input type="text" id="status-number" name="number" value="">
            </form>
            """;

    private final HttpServer keycloak;
    private final HttpServer workbench;
    final String keycloakUrl;
    final String workbenchUrl;
    /** The forms posted to the status page, with the cookies they came with. */
    final List<Map<String, String>> lookups = new CopyOnWriteArrayList<>();

    static {
        // Answers go out at once rather than waiting for the client's acknowledgement of the headers (Nagle).
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    StandIns() throws IOException {
        keycloak = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        workbench = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        keycloakUrl = "http://127.0.0.1:" + keycloak.getAddress().getPort();
        workbenchUrl = "http://127.0.0.1:" + workbench.getAddress().getPort();
        keycloak.createContext("/realms/huike/protocol/openid-connect/auth", exchange -> {
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            exchange.getResponseHeaders()
                    .add(
                            "Set-Cookie",
                            "AUTH_SESSION_ID=kc-session; Path=/realms/huike/; Secure; HttpOnly; SameSite=None");
            exchange.getResponseHeaders()
                    .add(
                            "Set-Cookie",
                            "KC_RESTART=" + query.get("state") + "~" + query.get("redirect_uri")
                                    + "; Path=/realms/huike/; Secure; HttpOnly");
            answer(exchange, 200, LOGIN_PAGE.replace("http://127.0.0.1:8180", keycloakUrl));
        });
        keycloak.createContext("/realms/huike/login-actions/authenticate", exchange -> {
            String cookies = cookies(exchange);
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            Map<String, String> form =
                    query(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            if (!cookies.contains("AUTH_SESSION_ID=kc-session") || !"e2".equals(query.get("execution"))) {
                answer(exchange, 400, "Cookie not found. Please make sure cookies are enabled in your browser.");
            } else if (List.of("secretary", "supervisor").contains(form.get("username"))
                    && form.equals(
                            Map.of("username", form.get("username"), "password", PASSWORD, "credentialId", ""))) {
                String[] stateAndRedirect =
                        cookies.replaceAll(".*KC_RESTART=([^;]*).*", "$1").split("~", 2);
                redirect(
                        exchange,
                        stateAndRedirect[1] + "?state=" + stateAndRedirect[0] + "&code=code-for-"
                                + form.get("username"));
            } else {
                answer(exchange, 200, LOGIN_PAGE.replace("http://127.0.0.1:8180", keycloakUrl));
            }
        });
        workbench.createContext("/", this::workbench);
        keycloak.start();
        workbench.start();
    }

    private void workbench(HttpExchange exchange) throws IOException {
        String cookies = cookies(exchange);
        String path = exchange.getRequestURI().getPath();
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        if (path.equals("/q/health/ready")) {
            answer(exchange, 200, "{\"status\":\"UP\"}");
        } else if (path.equals("/status") && exchange.getRequestMethod().equals("GET")) {
            exchange.getResponseHeaders().add("Set-Cookie", "huike-csrf=csrf-1; Path=/; HttpOnly");
            answer(exchange, 200, STATUS_FORM);
        } else if (path.equals("/status")) {
            Map<String, String> form =
                    query(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            Map<String, String> seen = new LinkedHashMap<>(form);
            seen.put("cookies", cookies);
            lookups.add(seen);
            boolean csrf = cookies.contains("huike-csrf=csrf-1") && "csrf-1".equals(form.get("csrf-token"));
            answer(exchange, csrf ? 404 : 400, csrf ? "<p id=\"status-message\">未找到</p>" : "<p>表单已过期</p>");
        } else if (cookies.contains("q_session=")) {
            String user = cookies.replaceAll(".*q_session=([^;]*).*", "$1");
            switch (path) {
                case "/", "/desk", "/cases/mine", "/cases/c-1" -> answer(exchange, 200, "<h1>" + path + "</h1>");
                case "/cases" -> answer(exchange, 200, QUEUE);
                case "/district" -> answer(exchange, user.equals("supervisor") ? 200 : 403, "<h1>区</h1>");
                default -> answer(exchange, 404, "<h1>404</h1>");
            }
        } else if (query.containsKey("code") && cookies.contains("q_auth_1=" + query.get("state"))) {
            String user = query.get("code").replace("code-for-", "");
            exchange.getResponseHeaders().add("Set-Cookie", "q_session=" + user + "; Path=/; HttpOnly; SameSite=Lax");
            redirect(exchange, workbenchUrl + path);
        } else {
            exchange.getResponseHeaders().add("Set-Cookie", "q_auth_1=st4te; Path=/; HttpOnly");
            redirect(
                    exchange,
                    keycloakUrl + "/realms/huike/protocol/openid-connect/auth?response_type=code"
                            + "&client_id=huike-workbench&state=st4te&redirect_uri=" + workbenchUrl + path);
        }
    }

    @Override
    public void close() {
        keycloak.stop(0);
        workbench.stop(0);
    }

    private static String cookies(HttpExchange exchange) {
        return String.join("; ", exchange.getRequestHeaders().getOrDefault("Cookie", List.of()));
    }

    static Map<String, String> query(String raw) {
        if (raw == null || raw.isEmpty()) {
            return Map.of();
        }
        return Arrays.stream(raw.split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(
                        pair -> URLDecoder.decode(pair[0], StandardCharsets.UTF_8),
                        pair -> pair.length < 2 ? "" : URLDecoder.decode(pair[1], StandardCharsets.UTF_8),
                        (a, b) -> b,
                        LinkedHashMap::new));
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().add("Location", location);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }
}
