package io.huike.workbench.status;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatusLinksTest {

    @Test
    void theLookupAddressIsThePublicBaseWithTheStatusPathAndTheNumber() {
        assertThat(StatusLinks.lookup(StatusLinks.baseOf("https://huike.example.cn"), "GL-2026-000123"))
                .isEqualTo("https://huike.example.cn/status?number=GL-2026-000123");
    }

    @Test
    void trailingSlashesOfTheConfiguredBaseAreNotDoubled() {
        assertThat(StatusLinks.page(StatusLinks.baseOf("http://127.0.0.1:8085//")))
                .isEqualTo("http://127.0.0.1:8085/status");
    }

    @Test
    void aNumberIsEncodedSoThatItCannotAddParameters() {
        assertThat(StatusLinks.lookup("http://h", "GL 1&x=2")).isEqualTo("http://h/status?number=GL+1%26x%3D2");
    }
}
