package io.paystream.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The seal of a record: SHA-256 over the previous record's hash and the record's own canonical form, in hex. */
public final class ChainHash {

    /** What the first record of a merchant's chain is chained to. */
    public static final String GENESIS = "0".repeat(64);

    private ChainHash() {}

    public static String seal(String previousHash, AuditEntry entry) {
        MessageDigest sha256 = sha256();
        sha256.update(previousHash.getBytes(StandardCharsets.US_ASCII));
        sha256.update((byte) '\n');
        sha256.update(entry.canonicalForm());
        return HexFormat.of().formatHex(sha256.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
