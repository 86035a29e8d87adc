package io.paystream.webhooks.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UrlRulesTests {

    private final UrlRules production = new UrlRules(false, false);

    @ParameterizedTest
    @ValueSource(
            strings = {
                "127.0.0.1",
                "10.1.2.3",
                "172.16.0.1",
                "192.168.1.1",
                "169.254.169.254",
                "100.64.0.1",
                "0.0.0.0",
                "198.18.0.1",
                "224.0.0.1",
                "255.255.255.255",
                "::1",
                "::",
                "fe80::1",
                "fc00::1",
                "fd12:3456::1",
                "::ffff:127.0.0.1",
                "::ffff:10.0.0.1",
                "::ffff:169.254.169.254"
            })
    void noPrivateLoopbackOrLinkLocalAddressIsReached(String address) throws UnknownHostException {
        assertThat(production.allowed(InetAddress.getByName(address))).isFalse();
        assertThat(production.refusal("https://" + host(address) + "/hook"))
                .contains("resolves to a private, loopback or link-local address, which is not allowed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "8.8.8.8", "2606:4700:4700::1111", "100.128.0.1", "172.32.0.1"})
    void publicAddressesAre(String address) throws UnknownHostException {
        assertThat(production.allowed(InetAddress.getByName(address))).isTrue();
    }

    @Test
    void onlyHttpsWithAHostAndNoUserInfoOrFragment() {
        assertThat(production.refusal("http://93.184.216.34/hook")).contains("must be an https URL");
        assertThat(production.refusal("ftp://93.184.216.34/hook")).contains("must be an https URL");
        assertThat(production.refusal("https://user:pass@93.184.216.34/hook"))
                .contains("must name a host, without user info or fragment");
        assertThat(production.refusal("https://93.184.216.34/hook#part"))
                .contains("must name a host, without user info or fragment");
        assertThat(production.refusal("https:///hook")).contains("must name a host, without user info or fragment");
        assertThat(production.refusal("not a url")).contains("is not a URL");
        assertThat(production.refusal("https://93.184.216.34/" + "a".repeat(2048)))
                .contains("must be at most 2048 characters");
        assertThat(production.refusal("https://localhost/hook"))
                .contains("resolves to a private, loopback or link-local address, which is not allowed");
        assertThat(production.refusal("https://93.184.216.34/hook")).isEmpty();
    }

    @Test
    void theLocalStackAllowsHttpOnLoopback() {
        UrlRules local = new UrlRules(true, true);
        assertThat(local.refusal("http://127.0.0.1:9999/hook")).isEmpty();
        assertThat(local.refusal("ftp://127.0.0.1/hook")).contains("must be an http or https URL");
    }

    private static String host(String address) {
        return address.contains(":") ? "[" + address + "]" : address;
    }
}
