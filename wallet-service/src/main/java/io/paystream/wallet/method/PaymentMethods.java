package io.paystream.wallet.method;

import io.paystream.edge.security.Customer;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The payment_method and customer tables, every statement for one merchant's rows (a customer is merchant and sub).
 * Methods being deleted are invisible to every read here.
 */
@Repository
class PaymentMethods {

    private static final String COLUMNS = """
            id, merchant_id, customer_id, type, gateway_token, brand, last4, expiry_month, expiry_year, payer_email, nickname,
            billing_address, is_default, request_fingerprint, created_at""";

    private final JdbcClient jdbc;

    PaymentMethods(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> gatewayCustomerId(Customer customer) {
        return jdbc.sql(
                        "SELECT gateway_customer_id FROM customer WHERE merchant_id = :merchant AND customer_id = :customer")
                .param("merchant", customer.merchantId())
                .param("customer", customer.subject())
                .query(String.class)
                .optional();
    }

    void saveCustomer(Customer customer, String gatewayCustomerId) {
        jdbc.sql("""
                        INSERT INTO customer (merchant_id, customer_id, gateway_customer_id)
                        VALUES (:merchant, :customer, :gateway)
                        ON CONFLICT (merchant_id, customer_id) DO NOTHING""")
                .param("merchant", customer.merchantId())
                .param("customer", customer.subject())
                .param("gateway", gatewayCustomerId)
                .update();
    }

    /**
     * Serializes every change to one customer's wallet, so the default cannot be split by concurrent requests.
     * False when the customer has never stored a method.
     */
    boolean lockCustomer(Customer customer) {
        return jdbc.sql(
                        "SELECT customer_id FROM customer WHERE merchant_id = :merchant AND customer_id = :customer FOR UPDATE")
                .param("merchant", customer.merchantId())
                .param("customer", customer.subject())
                .query(String.class)
                .optional()
                .isPresent();
    }

    List<StoredMethod> active(Customer customer) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM payment_method WHERE merchant_id = :merchant AND customer_id = :customer AND status = 'ACTIVE'"
                        + " ORDER BY created_at DESC, id")
                .param("merchant", customer.merchantId())
                .param("customer", customer.subject())
                .query(StoredMethod.class)
                .list();
    }

    Optional<StoredMethod> active(Customer customer, String id) {
        return jdbc.sql(
                        "SELECT " + COLUMNS + " FROM payment_method"
                                + " WHERE merchant_id = :merchant AND customer_id = :customer AND id = :id AND status = 'ACTIVE'")
                .param("merchant", customer.merchantId())
                .param("customer", customer.subject())
                .param("id", id)
                .query(StoredMethod.class)
                .optional();
    }

    Optional<StoredMethod> byIdempotencyKey(Customer customer, String key) {
        return jdbc.sql(
                        "SELECT " + COLUMNS
                                + " FROM payment_method WHERE merchant_id = :merchant AND customer_id = :customer AND idempotency_key = :key")
                .param("merchant", customer.merchantId())
                .param("customer", customer.subject())
                .param("key", key)
                .query(StoredMethod.class)
                .optional();
    }

    int countActive(Customer customer) {
        return jdbc.sql(
                        "SELECT count(*) FROM payment_method WHERE merchant_id = :merchant AND customer_id = :customer AND status = 'ACTIVE'")
                .param("merchant", customer.merchantId())
                .param("customer", customer.subject())
                .query(Integer.class)
                .single();
    }

    void insert(StoredMethod method, String idempotencyKey) {
        jdbc.sql("""
                        INSERT INTO payment_method (id, merchant_id, customer_id, type, gateway_token, brand, last4, expiry_month,
                            expiry_year, payer_email, nickname, billing_address, is_default, status, idempotency_key,
                            request_fingerprint, created_at, updated_at)
                        VALUES (:id, :merchant, :customer, :type, :token, :brand, :last4, :expiryMonth, :expiryYear, :payerEmail,
                            :nickname, :billingAddress, false, 'ACTIVE', :key, :fingerprint, :createdAt, now())""")
                .param("id", method.id())
                .param("merchant", method.merchantId())
                .param("customer", method.customerId())
                .param("type", method.type().name())
                .param("token", method.gatewayToken())
                .param("brand", method.brand())
                .param("last4", method.last4())
                .param("expiryMonth", method.expiryMonth())
                .param("expiryYear", method.expiryYear())
                .param("payerEmail", method.payerEmail())
                .param("nickname", method.nickname())
                .param("billingAddress", method.billingAddress())
                .param("key", idempotencyKey)
                .param("fingerprint", method.requestFingerprint())
                .param("createdAt", java.sql.Timestamp.from(method.createdAt()))
                .update();
    }

    /**
     * Makes {@code id} the one default among the customer's active methods: the old one first, as the unique
     * index checks each row as it changes. Run under {@link #lockCustomer}.
     */
    void makeDefault(Customer customer, String id) {
        jdbc.sql("""
                        UPDATE payment_method SET is_default = false, updated_at = now()
                         WHERE merchant_id = :merchant AND customer_id = :customer AND is_default AND id <> :id""")
                .param("merchant", customer.merchantId())
                .param("customer", customer.subject())
                .param("id", id)
                .update();
        jdbc.sql("""
                        UPDATE payment_method SET is_default = true, updated_at = now()
                         WHERE merchant_id = :merchant AND id = :id AND status = 'ACTIVE' AND NOT is_default""").param("merchant", customer.merchantId()).param("id", id).update();
    }

    void rename(Customer customer, String id, String nickname, String billingAddress) {
        jdbc.sql("""
                        UPDATE payment_method
                           SET nickname = coalesce(:nickname, nickname),
                               billing_address = coalesce(:billingAddress, billing_address), updated_at = now()
                         WHERE merchant_id = :merchant AND id = :id""")
                .param("merchant", customer.merchantId())
                .param("id", id)
                .param("nickname", nickname)
                .param("billingAddress", billingAddress)
                .update();
    }

    /** Hides the method from the customer at once; the vault removal follows, and may be retried. */
    void markDeleting(Customer customer, String id) {
        jdbc.sql("""
                        UPDATE payment_method SET status = 'DELETING', is_default = false, updated_at = now()
                         WHERE merchant_id = :merchant AND id = :id""").param("merchant", customer.merchantId()).param("id", id).update();
    }

    void delete(String merchantId, String id) {
        jdbc.sql("DELETE FROM payment_method WHERE merchant_id = :merchant AND id = :id AND status = 'DELETING'")
                .param("merchant", merchantId)
                .param("id", id)
                .update();
    }

    /** Methods whose vault removal has not happened yet, oldest first: id and token. */
    List<PendingRemoval> pendingRemovals(int limit) {
        return jdbc.sql("""
                        SELECT id, merchant_id, gateway_token FROM payment_method WHERE status = 'DELETING'
                         ORDER BY updated_at LIMIT :limit""").param("limit", limit).query(PendingRemoval.class).list();
    }

    /** Every merchant's: the janitor works for all of them, each removal at the method's own merchant. */
    record PendingRemoval(String id, String merchantId, String gatewayToken) {}
}
