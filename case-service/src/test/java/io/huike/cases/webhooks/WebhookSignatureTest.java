package io.huike.cases.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.standardwebhooks.Webhook;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    @Test
    void aSecretIsWhsecAndTheBase64OfThirtyTwoRandomBytes() {
        String secret = WebhookSignature.newSecret();
        assertThat(secret).startsWith("whsec_");
        assertThat(Base64.getDecoder().decode(secret.substring("whsec_".length())))
                .hasSize(32);
        assertThat(WebhookSignature.newSecret()).isNotEqualTo(secret);
    }

    @Test
    void theSignatureIsTheOneStandardWebhooksOwnLibraryMakes() throws Exception {
        String secret = WebhookSignature.newSecret();
        String body = "{\"specversion\":\"1.0\",\"type\":\"case.resolved.v1\",\"data\":{\"text\":\"已办结\"}}";
        assertThat(WebhookSignature.sign(secret, "msg_1", 1_764_806_400L, body))
                .isEqualTo(new Webhook(secret).sign("msg_1", 1_764_806_400L, body));
    }

    @Test
    void theSpecificationsExampleSignsAsPublished() {
        // From the Standard Webhooks specification's example.
        String secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
        String body = "{\"test\": 2432232314}";
        assertThat(WebhookSignature.sign(secret, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330L, body))
                .isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }
}
