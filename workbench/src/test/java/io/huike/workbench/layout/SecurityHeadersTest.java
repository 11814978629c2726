package io.huike.workbench.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

    @Test
    void formsMayGoToUsAndToTheIdentityProviderOnly() {
        String policy = SecurityHeaders.policyFor(SecurityHeaders.originOf("http://127.0.0.1:8180/realms/huike"));

        assertThat(policy).contains("form-action 'self' http://127.0.0.1:8180;");
        assertThat(policy).contains("script-src 'self';").doesNotContain("unsafe");
    }

    @Test
    void anUnreadableProviderAddressLeavesFormsToUs() {
        assertThat(SecurityHeaders.policyFor(SecurityHeaders.originOf("not a url")))
                .contains("form-action 'self';");
    }
}
