package io.huike.cases.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.huike.kernel.refusals.InvalidInput;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhookAddressesTest {

    /** Names resolve as this table says; literals as themselves; anything else does not resolve. */
    private static final WebhookAddresses.Resolver DNS = host -> {
        Map<String, List<String>> names = Map.of(
                "hotline.example.gov.cn", List.of("203.0.113.10"),
                "sneaky.example.com", List.of("127.0.0.1"),
                "rebound.example.com", List.of("203.0.113.11", "10.0.0.5"),
                "metadata.example.com", List.of("169.254.169.254"));
        if (names.containsKey(host)) {
            InetAddress[] addresses = new InetAddress[names.get(host).size()];
            for (int i = 0; i < addresses.length; i++) {
                addresses[i] = InetAddress.getByName(names.get(host).get(i));
            }
            return addresses;
        }
        if (host.matches("[0-9.]+|.*:.*")) {
            return new InetAddress[] {InetAddress.getByName(host)};
        }
        throw new UnknownHostException(host);
    };

    private final WebhookAddresses nothingAllowed = new WebhookAddresses(List.of(), DNS);

    @Test
    void aPublicHttpOrHttpsUrlIsAccepted() {
        assertThat(nothingAllowed
                        .check("https://hotline.example.gov.cn/hooks/huike")
                        .getHost())
                .isEqualTo("hotline.example.gov.cn");
        assertThat(nothingAllowed.check("http://203.0.113.10:8080/hook")).isNotNull();
        assertThat(nothingAllowed.check("https://[2001:db8::1]/hook")).isNotNull();
    }

    @Test
    void internalAddressesAreRefused() {
        for (String url : List.of(
                "http://127.0.0.1/hook",
                "http://127.1.2.3/hook",
                "http://[::1]/hook",
                "http://10.1.2.3/hook",
                "http://172.16.0.1/hook",
                "http://172.31.255.255/hook",
                "http://192.168.1.1/hook",
                "http://169.254.169.254/latest/meta-data/",
                "http://[fe80::1]/hook",
                "http://[fc00::1]/hook",
                "http://[fd12:3456::1]/hook",
                "http://100.64.0.1/hook",
                "http://100.127.255.254/hook",
                "http://0.0.0.0/hook",
                "http://[::]/hook",
                "http://224.0.0.1/hook",
                "http://[ff02::1]/hook",
                "http://[::ffff:10.0.0.1]/hook")) {
            assertThatThrownBy(() -> nothingAllowed.check(url))
                    .as(url)
                    .isInstanceOf(InvalidInput.class)
                    .hasMessageContaining("fields at fault");
        }
    }

    @Test
    void theNeighboursOfInternalRangesArePublic() {
        for (String url : List.of(
                "http://172.32.0.1/hook",
                "http://100.128.0.1/hook",
                "http://11.0.0.1/hook",
                "http://192.169.0.1/hook")) {
            assertThat(nothingAllowed.check(url)).as(url).isNotNull();
        }
    }

    @Test
    void aNameIsRefusedWhenAnyOfItsAddressesIsInternal() {
        assertThatThrownBy(() -> nothingAllowed.check("http://sneaky.example.com/hook"))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> nothingAllowed.check("http://rebound.example.com/hook"))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> nothingAllowed.check("http://metadata.example.com/hook"))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> nothingAllowed.check("http://nowhere.example.com/hook"))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void anOperatorMayAllowAnInternalNetworkAndOnlyThatOne() {
        WebhookAddresses loopback = new WebhookAddresses(List.of("127.0.0.1/32", "::1/128"), DNS);
        assertThat(loopback.check("http://127.0.0.1:8099/hook")).isNotNull();
        assertThat(loopback.check("http://[::1]:8099/hook")).isNotNull();
        assertThat(loopback.check("http://sneaky.example.com/hook")).isNotNull();
        assertThatThrownBy(() -> loopback.check("http://127.0.0.2/hook")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> loopback.check("http://10.0.0.1/hook")).isInstanceOf(InvalidInput.class);

        WebhookAddresses lab = new WebhookAddresses(List.of("10.20.0.0/16"), DNS);
        assertThat(lab.check("http://10.20.3.4/hook")).isNotNull();
        assertThatThrownBy(() -> lab.check("http://10.21.0.1/hook")).isInstanceOf(InvalidInput.class);
    }

    @Test
    void onlyHttpAndHttpsWithoutUserInfoAreAccepted() {
        for (String url : List.of(
                "ftp://hotline.example.gov.cn/hook",
                "file:///etc/passwd",
                "gopher://hotline.example.gov.cn/",
                "https://user:secret@hotline.example.gov.cn/hook",
                "https://user@hotline.example.gov.cn/hook",
                "https:///hook",
                "hotline.example.gov.cn/hook",
                "https://hotline.example.gov.cn/hook#part",
                "not a url")) {
            assertThatThrownBy(() -> nothingAllowed.check(url)).as(url).isInstanceOf(InvalidInput.class);
        }
    }

    @Test
    void aConfiguredNetworkMustBeAnAddressBlock() {
        assertThatThrownBy(() -> new WebhookAddresses(List.of("localhost/8"), DNS))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WebhookAddresses(List.of("10.0.0.0/33"), DNS))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
