package io.paystream.merchants.merchant;

import io.paystream.credentials.SealedCredentials;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code merchant} table. */
@Repository
public class Merchants {

    private static final String COLUMNS = """
            id, name, braintree_merchant_id, credentials_fingerprint, kek_id, wrapped_data_key, nonce, ciphertext,
            created_at, updated_at""";

    private final JdbcClient jdbc;

    Merchants(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** False when a merchant has this id already. */
    boolean insert(Merchant merchant) {
        return jdbc.sql("INSERT INTO merchant (" + COLUMNS + """
                        ) VALUES (:id, :name, :braintreeMerchantId, :fingerprint, :kekId, :wrappedDataKey, :nonce,
                                  :ciphertext, :createdAt, :updatedAt)
                        ON CONFLICT (id) DO NOTHING""")
                        .param("id", merchant.id())
                        .param("name", merchant.name())
                        .param("braintreeMerchantId", merchant.braintreeMerchantId())
                        .param("fingerprint", merchant.credentialsFingerprint())
                        .param("kekId", merchant.credentials().keyId())
                        .param("wrappedDataKey", merchant.credentials().wrappedDataKey())
                        .param("nonce", merchant.credentials().nonce())
                        .param("ciphertext", merchant.credentials().ciphertext())
                        .param("createdAt", utc(merchant.createdAt()))
                        .param("updatedAt", utc(merchant.updatedAt()))
                        .update()
                == 1;
    }

    public Optional<Merchant> find(String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM merchant WHERE id = :id")
                .param("id", id)
                .query(Merchants::merchant)
                .optional();
    }

    public boolean exists(String id) {
        return jdbc.sql("SELECT count(*) FROM merchant WHERE id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Merchants in id order, {@code limit} after the id {@code startingAfter} (none: from the first). */
    List<Merchant> list(String startingAfter, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM merchant WHERE id > :after ORDER BY id LIMIT :limit")
                .param("after", startingAfter == null ? "" : startingAfter)
                .param("limit", limit)
                .query(Merchants::merchant)
                .list();
    }

    boolean replaceCredentials(
            String id, String braintreeMerchantId, String fingerprint, SealedCredentials sealed, Instant now) {
        return jdbc.sql("""
                        UPDATE merchant
                           SET braintree_merchant_id = :braintreeMerchantId, credentials_fingerprint = :fingerprint,
                               kek_id = :kekId, wrapped_data_key = :wrappedDataKey, nonce = :nonce,
                               ciphertext = :ciphertext, updated_at = :now
                         WHERE id = :id""")
                        .param("id", id)
                        .param("braintreeMerchantId", braintreeMerchantId)
                        .param("fingerprint", fingerprint)
                        .param("kekId", sealed.keyId())
                        .param("wrappedDataKey", sealed.wrappedDataKey())
                        .param("nonce", sealed.nonce())
                        .param("ciphertext", sealed.ciphertext())
                        .param("now", utc(now))
                        .update()
                == 1;
    }

    /** Up to {@code limit} merchants whose data key an earlier key-encryption key wraps, locked for a re-wrap. */
    public List<Merchant> lockWrappedByOtherThan(String currentKeyId, int limit) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM merchant WHERE kek_id <> :current ORDER BY id LIMIT :limit FOR UPDATE SKIP LOCKED")
                .param("current", currentKeyId)
                .param("limit", limit)
                .query(Merchants::merchant)
                .list();
    }

    public long countWrappedByOtherThan(String currentKeyId) {
        return jdbc.sql("SELECT count(*) FROM merchant WHERE kek_id <> :current")
                .param("current", currentKeyId)
                .query(Long.class)
                .single();
    }

    /** Only the wrapping changes: the ciphertext stays as it is. */
    public void rewrap(String id, SealedCredentials rewrapped) {
        jdbc.sql("UPDATE merchant SET kek_id = :kekId, wrapped_data_key = :wrappedDataKey WHERE id = :id")
                .param("id", id)
                .param("kekId", rewrapped.keyId())
                .param("wrappedDataKey", rewrapped.wrappedDataKey())
                .update();
    }

    private static Merchant merchant(ResultSet rs, int row) throws SQLException {
        return new Merchant(
                rs.getString("id"),
                rs.getString("name"),
                rs.getString("braintree_merchant_id"),
                rs.getString("credentials_fingerprint"),
                new SealedCredentials(
                        rs.getString("kek_id"),
                        rs.getBytes("wrapped_data_key"),
                        rs.getBytes("nonce"),
                        rs.getBytes("ciphertext")),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
