package io.paystream.webhooks.endpoint;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What an endpoint's URL may be, checked when it is registered and, for its addresses, again at every connection
 * (the host's name may resolve elsewhere by then): https, no user info or fragment, and a host whose every address is
 * public. Loopback, private, link-local (the cloud's metadata address among them), unique-local, carrier-grade NAT,
 * multicast and unspecified addresses are refused, also when written as IPv4-mapped IPv6. The local stack, whose
 * receivers are on loopback, allows http and private addresses.
 */
@ConfigurationProperties("paystream.webhooks")
public record UrlRules(boolean allowHttp, boolean allowPrivateAddresses) {

    static final int MAX_LENGTH = 2048;

    /** Why {@code url} cannot be an endpoint, or empty when it can. */
    public Optional<String> refusal(String url) {
        if (url.length() > MAX_LENGTH) {
            return Optional.of("must be at most " + MAX_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException notAUrl) {
            return Optional.of("is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
        if (!(scheme.equals("https") || (allowHttp && scheme.equals("http")))) {
            return Optional.of(allowHttp ? "must be an http or https URL" : "must be an https URL");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            return Optional.of("must name a host, without user info or fragment");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException unknown) {
            return Optional.of("names a host that does not resolve");
        }
        for (InetAddress address : addresses) {
            if (!allowed(address)) {
                return Optional.of("resolves to a private, loopback or link-local address, which is not allowed");
            }
        }
        return Optional.empty();
    }

    /** Whether a delivery may connect to {@code address}. */
    public boolean allowed(InetAddress address) {
        return allowPrivateAddresses || isPublic(address);
    }

    static boolean isPublic(InetAddress address) {
        if (address instanceof Inet6Address v6) {
            byte[] bytes = v6.getAddress();
            if (isIpv4Mapped(bytes)) {
                return isPublic(ipv4Of(bytes));
            }
            // fc00::/7, unique local; the JDK's isSiteLocalAddress only knows the deprecated fec0::/10.
            if ((bytes[0] & 0xfe) == 0xfc) {
                return false;
            }
        }
        if (address.isAnyLocalAddress()
                || address.isLoopbackAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return false;
        }
        if (address instanceof Inet4Address) {
            byte[] bytes = address.getAddress();
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            // 0.0.0.0/8, 100.64.0.0/10 (carrier-grade NAT), 198.18.0.0/15 (benchmarking), 240.0.0.0/4 and broadcast.
            return first != 0
                    && !(first == 100 && second >= 64 && second < 128)
                    && !(first == 198 && (second & 0xfe) == 18)
                    && first < 240;
        }
        return true;
    }

    private static boolean isIpv4Mapped(byte[] bytes) {
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return (bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff;
    }

    private static InetAddress ipv4Of(byte[] mapped) {
        try {
            return InetAddress.getByAddress(new byte[] {mapped[12], mapped[13], mapped[14], mapped[15]});
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException("four bytes are an IPv4 address", impossible);
        }
    }
}
