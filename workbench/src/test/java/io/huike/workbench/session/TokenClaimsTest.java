package io.huike.workbench.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class TokenClaimsTest {

    static String jwt(String payload) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + ".signature";
    }

    @Test
    void theClaimsThePagesNeedAreReadFromTheAccessToken() {
        TokenClaims claims = TokenClaims.ofJwt(
                jwt(
                        "{\"name\":\"王建国\",\"member\":\"m-wang\",\"communities\":[\"gulou\",\"xincheng\"],\"groups\":[\"duty-member\"]}"));

        assertThat(claims.text("name")).contains("王建国");
        assertThat(claims.text("member")).contains("m-wang");
        assertThat(claims.texts("communities")).containsExactly("gulou", "xincheng");
    }

    @Test
    void aSingleCommunityAndAMissingMemberAreUnderstood() {
        TokenClaims claims = TokenClaims.ofJwt(jwt("{\"communities\":\"gulou\"}"));

        assertThat(claims.texts("communities")).containsExactly("gulou");
        assertThat(claims.text("member")).isEmpty();
    }

    @Test
    void aTokenThatIsNoJwtHasNoClaims() {
        assertThat(TokenClaims.ofJwt("opaque-token")).isSameAs(TokenClaims.NONE);
        assertThat(TokenClaims.ofJwt("a.%%%.c")).isSameAs(TokenClaims.NONE);
    }
}
