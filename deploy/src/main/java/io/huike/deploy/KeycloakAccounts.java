package io.huike.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Accounts and tokens of the platform's Keycloak realm ({@code huike}) for scripts and system tests: a demo user's
 * token, a token for any roles and communities (the account is created or brought up to date through Keycloak's admin
 * API, then signs in like any user), and the link from a user to their roster member.
 *
 * <p>Usage (with {@code HUIKE_KEYCLOAK_URL}, {@code HUIKE_KEYCLOAK_ADMIN_PASSWORD} and {@code HUIKE_DEMO_PASSWORD}
 * set): {@code KeycloakAccounts user NAME}, {@code KeycloakAccounts token ROLES COMMUNITIES [SUBJECT]} (lists
 * separated by commas), {@code KeycloakAccounts link-member NAME MEMBER_ID}, {@code KeycloakAccounts client ID
 * SECRET}. Prints the access token, or nothing for {@code link-member}.
 */
public final class KeycloakAccounts {

    /** The realm kept in {@code deploy/local/keycloak/huike-realm.json}. */
    public static final String REALM = "huike";
    /** The public client that may sign users in with a password: scripts and tests only. */
    static final String SCRIPT_CLIENT = "huike-cli";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;
    private final String adminPassword;
    private final String userPassword;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /**
     * @param baseUrl Keycloak's address, e.g. {@code http://127.0.0.1:8180}
     * @param adminPassword the bootstrap administrator's password (user {@code admin} of realm {@code master})
     * @param userPassword the password of the demo users, also given to accounts this class creates
     */
    public KeycloakAccounts(String baseUrl, String adminPassword, String userPassword) {
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.adminPassword = adminPassword;
        this.userPassword = userPassword;
    }

    public static void main(String[] args) throws Exception {
        KeycloakAccounts accounts = new KeycloakAccounts(
                required("HUIKE_KEYCLOAK_URL"),
                System.getenv().getOrDefault("HUIKE_KEYCLOAK_ADMIN_PASSWORD", ""),
                System.getenv().getOrDefault("HUIKE_DEMO_PASSWORD", ""));
        String command = args.length > 0 ? args[0] : "";
        switch (command) {
            case "user" -> System.out.println(accounts.userToken(arg(args, 1)));
            case "token" ->
                System.out.println(
                        accounts.tokenFor(list(arg(args, 1)), list(arg(args, 2)), args.length > 3 ? args[3] : null));
            case "link-member" -> accounts.linkMember(arg(args, 1), arg(args, 2));
            case "client" -> System.out.println(accounts.clientToken(arg(args, 1), arg(args, 2)));
            default -> {
                System.err.println("usage: KeycloakAccounts user NAME | token ROLES COMMUNITIES [SUBJECT]"
                        + " | link-member NAME MEMBER_ID | client ID SECRET");
                System.exit(2);
            }
        }
    }

    /** The access token of a user of the realm, signed in with the users' password. */
    public String userToken(String username) throws IOException, InterruptedException {
        return accessToken(
                REALM,
                form(Map.of(
                        "grant_type", "password",
                        "client_id", SCRIPT_CLIENT,
                        "username", username,
                        "password", userPassword,
                        "scope", "openid")));
    }

    /** The access token of an integration client (client credentials). */
    public String clientToken(String clientId, String secret) throws IOException, InterruptedException {
        return accessToken(
                REALM,
                form(Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret)));
    }

    /**
     * The access token of an account holding exactly these roles and communities. The account is named {@code
     * subject} when given (so that the token's user name is that subject, e.g. a roster member's id), otherwise after
     * the roles and communities; it is created when missing and brought up to date when not.
     */
    public String tokenFor(List<String> roles, List<String> communities, String subject)
            throws IOException, InterruptedException {
        String username = subject != null && !subject.isBlank() ? subject : accountName(roles, communities);
        String admin = adminToken();
        String id = userId(admin, username);
        if (id == null) {
            ObjectNode user = JSON.createObjectNode()
                    .put("username", username)
                    .put("enabled", true)
                    .put("firstName", username)
                    .put("lastName", "script");
            user.putObject("attributes").set("communities", array(communities));
            user.putArray("credentials")
                    .addObject()
                    .put("type", "password")
                    .put("value", userPassword)
                    .put("temporary", false);
            ArrayNode groups = user.putArray("groups");
            roles.forEach(role -> groups.add("/" + role));
            send(admin, "POST", "/admin/realms/" + REALM + "/users", user);
        } else {
            JsonNode user = send(admin, "GET", "/admin/realms/" + REALM + "/users/" + id, null);
            ((ObjectNode) user.path("attributes")).set("communities", array(communities));
            send(admin, "PUT", "/admin/realms/" + REALM + "/users/" + id, user);
            setGroups(admin, id, roles);
        }
        return userToken(username);
    }

    /** Records which roster member a user is, so that their tokens carry a {@code member} claim. */
    public void linkMember(String username, String memberId) throws IOException, InterruptedException {
        String admin = adminToken();
        String id = userId(admin, username);
        if (id == null) {
            throw new IllegalStateException("No user " + username + " in realm " + REALM);
        }
        JsonNode user = send(admin, "GET", "/admin/realms/" + REALM + "/users/" + id, null);
        ObjectNode attributes = user.hasNonNull("attributes")
                ? (ObjectNode) user.get("attributes")
                : ((ObjectNode) user).putObject("attributes");
        attributes.set("member", array(List.of(memberId)));
        send(admin, "PUT", "/admin/realms/" + REALM + "/users/" + id, user);
    }

    /** A stable name for the account of these roles and communities, within Keycloak's 255 characters. */
    static String accountName(List<String> roles, List<String> communities) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest((String.join(",", roles) + "|" + String.join(",", communities))
                            .getBytes(StandardCharsets.UTF_8));
            return "script-" + HexFormat.of().formatHex(digest, 0, 12);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void setGroups(String admin, String userId, List<String> roles) throws IOException, InterruptedException {
        String path = "/admin/realms/" + REALM + "/users/" + userId + "/groups";
        Set<String> wanted = new LinkedHashSet<>(roles);
        for (JsonNode group : send(admin, "GET", path, null)) {
            if (!wanted.remove(group.path("name").asText())) {
                send(admin, "DELETE", path + "/" + group.path("id").asText(), null);
            }
        }
        for (String role : wanted) {
            JsonNode found =
                    send(admin, "GET", "/admin/realms/" + REALM + "/groups?exact=true&search=" + encode(role), null);
            if (found.isEmpty()) {
                throw new IllegalStateException("No group " + role + " in realm " + REALM);
            }
            send(admin, "PUT", path + "/" + found.get(0).path("id").asText(), null);
        }
    }

    private String userId(String admin, String username) throws IOException, InterruptedException {
        JsonNode users =
                send(admin, "GET", "/admin/realms/" + REALM + "/users?exact=true&username=" + encode(username), null);
        return users.isEmpty() ? null : users.get(0).path("id").asText();
    }

    private String adminToken() throws IOException, InterruptedException {
        return accessToken(
                "master",
                form(Map.of(
                        "grant_type",
                        "password",
                        "client_id",
                        "admin-cli",
                        "username",
                        "admin",
                        "password",
                        adminPassword)));
    }

    private String accessToken(String realm, String form) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(baseUrl + "/realms/" + realm + "/protocol/openid-connect/token"))
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(
                    "Keycloak refused a token (" + response.statusCode() + "): " + response.body());
        }
        return JSON.readTree(response.body()).path("access_token").asText();
    }

    private JsonNode send(String admin, String method, String path, JsonNode body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + admin);
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(
                method,
                body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body.toString()));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(
                    method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body().isBlank() ? JSON.createArrayNode() : JSON.readTree(response.body());
    }

    private static ArrayNode array(List<String> values) {
        ArrayNode array = JSON.createArrayNode();
        values.forEach(array::add);
        return array;
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static List<String> list(String commaSeparated) {
        List<String> values = new ArrayList<>();
        Arrays.stream(commaSeparated.split(","))
                .map(String::trim)
                .filter(v -> !v.isEmpty())
                .forEach(values::add);
        return values;
    }

    private static String arg(String[] args, int index) {
        if (args.length <= index) {
            System.err.println("missing argument " + index + " of " + String.join(" ", args));
            System.exit(2);
        }
        return args[index];
    }

    private static String required(String variable) {
        String value = System.getenv(variable);
        if (value == null || value.isBlank()) {
            System.err.println(variable + " must be set");
            System.exit(2);
        }
        return value;
    }
}
