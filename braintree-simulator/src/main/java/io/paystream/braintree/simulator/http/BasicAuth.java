package io.paystream.braintree.simulator.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

/** Checks the {@code Authorization: Basic base64(publicKey:privateKey)} header braintree-java sends. */
public final class BasicAuth {

    private final byte[] expected;

    public BasicAuth(String publicKey, String privateKey) {
        String credentials = publicKey + ":" + privateKey;
        this.expected = ("Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .getBytes(StandardCharsets.UTF_8);
    }

    /** True when {@code header} carries exactly the configured keys (compared in constant time). */
    public boolean accepts(String header) {
        return header != null && MessageDigest.isEqual(expected, header.trim().getBytes(StandardCharsets.UTF_8));
    }
}
