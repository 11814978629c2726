package io.huike.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WorkbenchSessionTest {

    @Test
    void the_login_forms_action_is_read_with_its_escapes_undone() {
        assertThat(WorkbenchSession.loginFormAction(StandIns.LOGIN_PAGE))
                .contains("http://127.0.0.1:8180/realms/huike/login-actions/authenticate?session_code=a1&execution=e2"
                        + "&client_id=huike-workbench&tab_id=t3&client_data=eyJ=");
    }

    @Test
    void a_page_without_the_login_form_has_no_action() {
        assertThat(WorkbenchSession.loginFormAction(
                        "<form id=\"kc-select-language\" action=\"/x\"></form><p>Cookie not found.</p>"))
                .isEmpty();
    }

    @Test
    void character_references_are_undone_and_unknown_ones_kept() {
        assertThat(WorkbenchSession.unescape("a&amp;b&#x3D;c&#61;d&quot;&nbsp;"))
                .isEqualTo("a&b=c=d\"&nbsp;");
    }

    @Test
    void the_hidden_fields_are_those_of_the_named_form() {
        String page = """
                <form class="community-switch" method="post" action="/session/community">
                  <input type="hidden" name="csrf-token" value="switcher">
                  <input type="hidden" name="returnTo" value="/status">
                </form>
                <form id="status-form" method="post" action="/status" novalidate>
                  <input type="hidden" name="csrf-token" value="t0k&amp;en">
                  <input type="text" id="status-number" name="number" value="">
                </form>
                """;

        assertThat(WorkbenchSession.hiddenFields(page, "status-form"))
                .containsExactly(Map.entry("csrf-token", "t0k&en"));
    }

    @Test
    void an_address_is_under_a_base_only_on_its_host_port_and_path() {
        URI keycloak = URI.create("http://127.0.0.1:8180");

        assertThat(WorkbenchSession.under(
                        URI.create("http://127.0.0.1:8180/realms/huike/protocol/openid-connect/auth?x=1"), keycloak))
                .isTrue();
        assertThat(WorkbenchSession.under(URI.create("http://127.0.0.1:81800/realms/huike"), keycloak))
                .isFalse();
        assertThat(WorkbenchSession.under(URI.create("http://127.0.0.1:8085/cases"), keycloak))
                .isFalse();
    }

    @Test
    void secure_cookies_go_back_to_loopback_over_http_as_a_browser_sends_them_but_nowhere_else() throws IOException {
        WorkbenchSession.LoopbackCookies jar =
                new WorkbenchSession.LoopbackCookies(new CookieManager(null, CookiePolicy.ACCEPT_ORIGINAL_SERVER));
        Map<String, List<String>> setCookie = Map.of(
                "Set-Cookie", List.of("AUTH_SESSION_ID=abc; Path=/realms/huike/; Secure; HttpOnly; SameSite=None"));
        jar.put(URI.create("http://127.0.0.1:8180/realms/huike/protocol/openid-connect/auth"), setCookie);
        jar.put(URI.create("http://keycloak.example/realms/huike/protocol/openid-connect/auth"), setCookie);

        assertThat(jar.get(URI.create("http://127.0.0.1:8180/realms/huike/login-actions/authenticate"), Map.of())
                        .get("Cookie"))
                .singleElement()
                .asString()
                .contains("AUTH_SESSION_ID=");
        assertThat(jar.get(URI.create("http://keycloak.example/realms/huike/login-actions/authenticate"), Map.of())
                        .getOrDefault("Cookie", List.of()))
                .isEmpty();
    }

    private StandIns standIns;

    @BeforeEach
    void standIns() throws IOException {
        standIns = new StandIns();
    }

    @AfterEach
    void stop() {
        standIns.close();
    }

    @Test
    void signs_in_through_keycloaks_login_form_and_keeps_the_session() throws Exception {
        WorkbenchSession session = WorkbenchSession.signIn(
                standIns.workbenchUrl, standIns.keycloakUrl, "secretary", StandIns.PASSWORD, "/cases");

        assertThat(session.hasSessionCookie()).isTrue();
        WorkbenchSession.Answer desk = session.get("/desk");
        assertThat(desk.status()).isEqualTo(200);
        assertThat(desk.text()).isEqualTo("<h1>/desk</h1>");
    }

    @Test
    void a_wrong_password_is_reported_as_keycloak_showing_its_page_again() {
        assertThatThrownBy(() -> WorkbenchSession.signIn(
                        standIns.workbenchUrl, standIns.keycloakUrl, "secretary", "wrong", "/cases"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("did not let secretary in");
    }

    @Test
    void a_sign_in_sent_elsewhere_than_the_configured_keycloak_is_refused() {
        assertThatThrownBy(() -> WorkbenchSession.signIn(
                        standIns.workbenchUrl, "http://127.0.0.1:1", "secretary", StandIns.PASSWORD, "/cases"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("not to Keycloak at http://127.0.0.1:1");
    }
}
