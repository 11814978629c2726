package io.huike.workbench.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LocalPathsTest {

    @Test
    void aPathOfOursIsKeptWithItsQuery() {
        assertThat(LocalPaths.safeReturn("/cases?status=OPEN&q=污水")).isEqualTo("/cases?status=OPEN&q=污水");
    }

    @Test
    void anythingThatCouldLeadToAnotherSiteGoesHome() {
        assertThat(LocalPaths.safeReturn("https://evil.example/")).isEqualTo("/");
        assertThat(LocalPaths.safeReturn("//evil.example/")).isEqualTo("/");
        assertThat(LocalPaths.safeReturn("/\\evil.example/")).isEqualTo("/");
        assertThat(LocalPaths.safeReturn("/desk\r\nSet-Cookie: x=1")).isEqualTo("/");
        assertThat(LocalPaths.safeReturn("/%zz")).isEqualTo("/");
        assertThat(LocalPaths.safeReturn(null)).isEqualTo("/");
    }
}
