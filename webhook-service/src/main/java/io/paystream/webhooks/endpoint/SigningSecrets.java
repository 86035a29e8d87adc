package io.paystream.webhooks.endpoint;

import io.paystream.credentials.Envelope;
import io.paystream.credentials.SealedCredentials;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The endpoints' signing secrets (Standard Webhooks): {@code whsec_} and 32 random bytes in base64, sealed at rest
 * with a data key of their own under the key-encryption key, as gateway credentials are. A rotation keeps the secret
 * before it signing for {@link #ROTATION_OVERLAP}, so a delivery retried meanwhile verifies with either. Opened
 * secrets are kept in memory (a secret never changes; a rotation adds a version), so a delivery pays no unwrap.
 */
@Repository
public class SigningSecrets {

    public static final String PREFIX = "whsec_";
    public static final Duration ROTATION_OVERLAP = Duration.ofHours(24);

    private static final int SECRET_BYTES = 32;
    private static final int OPENED_KEPT = 10_000;

    private final JdbcClient jdbc;
    private final Envelope envelope;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, byte[]> opened = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
            return size() > OPENED_KEPT;
        }
    });

    SigningSecrets(JdbcClient jdbc, Envelope envelope) {
        this.jdbc = jdbc;
        this.envelope = envelope;
    }

    /** A new secret as version {@code version} of the endpoint's; returns it in the clear, for the one answer. */
    @Transactional(propagation = Propagation.MANDATORY)
    String add(String merchantId, String endpointId, int version, Instant now) {
        byte[] key = new byte[SECRET_BYTES];
        random.nextBytes(key);
        SealedCredentials sealed = envelope.seal(merchantId, key);
        jdbc.sql("""
                        INSERT INTO webhook_secret
                            (endpoint_id, version, key_id, wrapped_data_key, nonce, ciphertext, created_at)
                        VALUES (:endpoint, :version, :keyId, :wrapped, :nonce, :ciphertext, :now)""")
                .param("endpoint", endpointId)
                .param("version", version)
                .param("keyId", sealed.keyId())
                .param("wrapped", sealed.wrappedDataKey())
                .param("nonce", sealed.nonce())
                .param("ciphertext", sealed.ciphertext())
                .param("now", now.atOffset(ZoneOffset.UTC))
                .update();
        return text(key);
    }

    /** The version a rotation of the endpoint adds next; read under the endpoint's lock. */
    int nextVersion(String endpointId) {
        return jdbc.sql("SELECT coalesce(max(version), 0) + 1 FROM webhook_secret WHERE endpoint_id = :endpoint")
                .param("endpoint", endpointId)
                .query(Integer.class)
                .single();
    }

    /**
     * Adds {@code version}, signing from now; every version before it signs for {@link #ROTATION_OVERLAP} more (an
     * earlier rotation's shorter remainder is kept). Returns the new secret in the clear.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    String rotate(String merchantId, String endpointId, int version, Instant now) {
        jdbc.sql("""
                        UPDATE webhook_secret SET expires_at = :expires
                         WHERE endpoint_id = :endpoint AND (expires_at IS NULL OR expires_at > :expires)""")
                .param("endpoint", endpointId)
                .param("expires", now.plus(ROTATION_OVERLAP).atOffset(ZoneOffset.UTC))
                .update();
        return add(merchantId, endpointId, version, now);
    }

    /** Version {@code version} in the clear, as shown when it was made. */
    String shown(String merchantId, String endpointId, int version) {
        return text(open(merchantId, endpointId, version, sealed(endpointId, version)));
    }

    /** The keys that sign a delivery made at {@code now}, newest first: one, or two during a rotation. */
    public List<byte[]> signingAt(String merchantId, String endpointId, Instant now) {
        return jdbc
                .sql("""
                        SELECT version, key_id, wrapped_data_key, nonce, ciphertext FROM webhook_secret
                         WHERE endpoint_id = :endpoint AND (expires_at IS NULL OR expires_at > :now)
                         ORDER BY version DESC""")
                .param("endpoint", endpointId)
                .param("now", now.atOffset(ZoneOffset.UTC))
                .query((rs, row) -> Map.entry(rs.getInt("version"), sealedOf(rs)))
                .list()
                .stream()
                .map(version -> open(merchantId, endpointId, version.getKey(), version.getValue()))
                .toList();
    }

    /**
     * After a key-encryption key rotation: re-wraps up to {@code limit} secrets' data keys still under an earlier key,
     * locked so that two runs share the work; the secrets' ciphertext is not touched. Returns how many.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    int rewrapSome(int limit) {
        String current = envelope.currentKeyId();
        List<Wrapped> earlier = jdbc.sql("""
                        SELECT s.endpoint_id, s.version, e.merchant_id, s.key_id, s.wrapped_data_key, s.nonce,
                               s.ciphertext
                          FROM webhook_secret s JOIN webhook_endpoint e ON e.id = s.endpoint_id
                         WHERE s.key_id <> :current
                         ORDER BY s.endpoint_id, s.version
                         LIMIT :limit
                           FOR UPDATE OF s SKIP LOCKED""")
                .param("current", current)
                .param("limit", limit)
                .query((rs, row) -> new Wrapped(
                        rs.getString("endpoint_id"), rs.getInt("version"), rs.getString("merchant_id"), sealedOf(rs)))
                .list();
        for (Wrapped secret : earlier) {
            SealedCredentials rewrapped = envelope.rewrap(secret.merchantId(), secret.sealed());
            jdbc.sql("""
                            UPDATE webhook_secret SET key_id = :keyId, wrapped_data_key = :wrapped
                             WHERE endpoint_id = :endpoint AND version = :version""")
                    .param("keyId", rewrapped.keyId())
                    .param("wrapped", rewrapped.wrappedDataKey())
                    .param("endpoint", secret.endpointId())
                    .param("version", secret.version())
                    .update();
        }
        return earlier.size();
    }

    long countWrappedByOtherThanCurrent() {
        return jdbc.sql("SELECT count(*) FROM webhook_secret WHERE key_id <> :current")
                .param("current", envelope.currentKeyId())
                .query(Long.class)
                .single();
    }

    String currentKeyId() {
        return envelope.currentKeyId();
    }

    /** The signing key a {@code whsec_} secret stands for. */
    public static byte[] keyOf(String secret) {
        if (!secret.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not a " + PREFIX + " secret");
        }
        return Base64.getDecoder().decode(secret.substring(PREFIX.length()).getBytes(StandardCharsets.US_ASCII));
    }

    private SealedCredentials sealed(String endpointId, int version) {
        return jdbc.sql("""
                        SELECT key_id, wrapped_data_key, nonce, ciphertext FROM webhook_secret
                         WHERE endpoint_id = :endpoint AND version = :version""")
                .param("endpoint", endpointId)
                .param("version", version)
                .query((rs, row) -> sealedOf(rs))
                .single();
    }

    private static SealedCredentials sealedOf(ResultSet rs) throws SQLException {
        return new SealedCredentials(
                rs.getString("key_id"),
                rs.getBytes("wrapped_data_key"),
                rs.getBytes("nonce"),
                rs.getBytes("ciphertext"));
    }

    private byte[] open(String merchantId, String endpointId, int version, SealedCredentials sealed) {
        return opened.computeIfAbsent(endpointId + "/" + version, name -> envelope.open(merchantId, sealed));
    }

    private static String text(byte[] key) {
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }

    private record Wrapped(String endpointId, int version, String merchantId, SealedCredentials sealed) {}
}
