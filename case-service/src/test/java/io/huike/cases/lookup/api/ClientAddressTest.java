package io.huike.cases.lookup.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

    @Test
    void theWorkbenchOnThisMachineNamesTheResidentItForwards() {
        assertThat(ClientAddress.of("127.0.0.1", "203.0.113.7, 10.0.0.1")).isEqualTo("203.0.113.7");
        assertThat(ClientAddress.of("0:0:0:0:0:0:0:1", " 203.0.113.7")).isEqualTo("203.0.113.7");
    }

    @Test
    void anyOtherPeerIsTheClientWhateverItsHeaderSays() {
        assertThat(ClientAddress.of("198.51.100.9", "203.0.113.7")).isEqualTo("198.51.100.9");
        assertThat(ClientAddress.of("127.0.0.2", "203.0.113.7")).isEqualTo("127.0.0.2");
        assertThat(ClientAddress.of("127.0.0.1", null)).isEqualTo("127.0.0.1");
        assertThat(ClientAddress.of("127.0.0.1", " , 203.0.113.7")).isEqualTo("127.0.0.1");
    }

    @Test
    void aForwardedAddressIsCutToALengthThatMakesNoHugeKey() {
        assertThat(ClientAddress.of("127.0.0.1", "x".repeat(1000))).hasSize(ClientAddress.MAX_LENGTH);
    }
}
