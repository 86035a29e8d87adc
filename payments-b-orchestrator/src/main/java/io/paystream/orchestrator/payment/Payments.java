package io.paystream.orchestrator.payment;

import io.paystream.contracts.Operation;
import io.paystream.contracts.PaymentMethodType;
import io.paystream.contracts.ReversalMethod;
import io.paystream.edge.request.ListQuery;
import io.paystream.edge.request.ListSql;
import io.paystream.edge.security.Caller;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Payments and their operations in PostgreSQL; {@link #lock} is how concurrent operations on one payment serialize. */
@Repository
class Payments {

    private final JdbcClient jdbc;

    Payments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The payment and its operations as of one statement's snapshot: no transaction needed for a consistent read. A
     * lock cannot come the same way: after waiting for a row lock PostgreSQL re-reads the locked row but not the rows
     * joined to it, which would miss an operation the lock's previous holder added.
     */
    private static final String WITH_OPERATIONS = """
            SELECT p.*, o.operation_id, o.sequence AS op_sequence, o.type AS op_type, o.amount AS op_amount,
                   o.status AS op_status, o.target_transaction_id AS op_target_transaction_id,
                   o.gateway_transaction_id AS op_gateway_transaction_id, o.reversal_method AS op_reversal_method,
                   o.failure_code AS op_failure_code, o.failure_message AS op_failure_message,
                   o.created_at AS op_created_at, o.completed_at AS op_completed_at
              FROM payment p
              LEFT JOIN payment_operation o ON o.merchant_id = p.merchant_id AND o.payment_id = p.payment_id
            """;

    /** {@link #WITH_OPERATIONS} of the payments a {@code page} (payment_id) names. */
    private static final String PAGE_WITH_OPERATIONS =
            WITH_OPERATIONS.replace("FROM payment p", "FROM page JOIN payment p USING (payment_id)");

    /**
     * The merchant's payment with its row locked until the transaction ends: the one place operations on it queue up.
     * Every read names the merchant, so another merchant's id finds nothing whatever the caller does with it.
     */
    Optional<Payment> lock(String merchantId, String paymentId) {
        return jdbc.sql("SELECT * FROM payment WHERE payment_id = :id AND merchant_id = :merchant FOR UPDATE")
                .param("id", paymentId)
                .param("merchant", merchantId)
                .query((rs, row) -> new Payment(state(rs, operations(merchantId, paymentId))))
                .optional();
    }

    Optional<Payment> find(String merchantId, String paymentId) {
        return withOperations(
                        WITH_OPERATIONS + " WHERE p.payment_id = :id AND p.merchant_id = :merchant ORDER BY o.sequence",
                        Map.of("id", paymentId, "merchant", merchantId))
                .stream()
                .findFirst();
    }

    List<Payment> byOrder(Caller caller, String orderId) {
        Map<String, Object> params = new HashMap<>(Map.of("merchant", caller.merchantId(), "order", orderId));
        caller.customerId().ifPresent(customer -> params.put("customer", customer));
        return withOperations(
                WITH_OPERATIONS
                        + " WHERE p.merchant_id = :merchant AND p.order_id = :order"
                        + (params.containsKey("customer") ? " AND p.customer_id = :customer" : "")
                        + " ORDER BY p.created_at, p.payment_id, o.sequence",
                params);
    }

    /** The page of {@link ListSql} (index {@code payment_by_merchant_created}), each payment with its operations. */
    List<Payment> list(Caller caller, ListQuery query) {
        ListSql page = ListSql.page(caller, query, "payment", "payment_id", "payment_id, created_at");
        return withOperations(
                "WITH page AS (" + page.sql() + ") " + PAGE_WITH_OPERATIONS
                        + " ORDER BY p.created_at DESC, p.payment_id DESC, o.sequence",
                page.params());
    }

    /** Payments in the order of their rows, each row one operation (none for a payment without any). */
    private List<Payment> withOperations(String sql, Map<String, ?> params) {
        Map<String, PaymentState> states = new LinkedHashMap<>();
        Map<String, List<PaymentOperation>> operations = new LinkedHashMap<>();
        jdbc.sql(sql).params(params).query(rs -> {
            String paymentId = rs.getString("payment_id");
            if (!states.containsKey(paymentId)) {
                states.put(paymentId, state(rs, List.of()));
            }
            List<PaymentOperation> ofPayment = operations.computeIfAbsent(paymentId, id -> new ArrayList<>());
            if (rs.getString("operation_id") != null) {
                ofPayment.add(operation(rs, "op_"));
            }
        });
        return states.values().stream()
                .map(state -> new Payment(state.withOperations(operations.get(state.paymentId()))))
                .toList();
    }

    /** Inserts a new payment with its state and its first operation. */
    void insert(Payment payment) {
        jdbc.sql("""
                        INSERT INTO payment (payment_id, order_id, merchant_id, customer_id, currency, status, requested_amount,
                            authorized_amount, captured_amount, refunded_amount, method_id, method_type, method_brand,
                            method_last4, method_token, gateway_transaction_id, last_sequence, created_at, updated_at)
                        VALUES (:id, :order, :merchant, :customer, :currency, :status, :amount, :authorized, :captured, :refunded,
                            :methodId, :methodType, :brand, :last4, :token, :transaction, :sequence, :createdAt,
                            :updatedAt)""")
                .param("id", payment.paymentId())
                .param("order", payment.orderId())
                .param("merchant", payment.merchantId())
                .param("customer", payment.customerId())
                .param("currency", payment.currency())
                .param("status", payment.status().name())
                .param("amount", payment.requestedAmount())
                .param("authorized", payment.authorizedAmount())
                .param("captured", payment.capturedAmount())
                .param("refunded", payment.refundedAmount())
                .param("methodId", payment.method().id())
                .param("methodType", name(payment.method().type()))
                .param("brand", payment.method().brand())
                .param("last4", payment.method().last4())
                .param("token", payment.method().gatewayToken())
                .param("transaction", payment.gatewayTransactionId())
                .param("sequence", payment.operations().size())
                .param("createdAt", Timestamp.from(payment.createdAt()))
                .param("updatedAt", Timestamp.from(payment.updatedAt()))
                .update();
        payment.operations().forEach(operation -> upsert(payment, operation));
    }

    /** Writes the payment's state and every operation (new ones inserted, ended ones updated). */
    void save(Payment payment) {
        jdbc.sql("""
                        UPDATE payment SET status = :status, authorized_amount = :authorized, captured_amount = :captured,
                            refunded_amount = :refunded, method_type = :methodType, gateway_transaction_id = :transaction,
                            last_sequence = :sequence, updated_at = :updatedAt
                         WHERE payment_id = :id AND merchant_id = :merchant""")
                .param("id", payment.paymentId())
                .param("merchant", payment.merchantId())
                .param("status", payment.status().name())
                .param("authorized", payment.authorizedAmount())
                .param("captured", payment.capturedAmount())
                .param("refunded", payment.refundedAmount())
                .param("methodType", name(payment.method().type()))
                .param("transaction", payment.gatewayTransactionId())
                .param("sequence", payment.operations().size())
                .param("updatedAt", Timestamp.from(payment.updatedAt()))
                .update();
        payment.operations().forEach(operation -> upsert(payment, operation));
    }

    private void upsert(Payment payment, PaymentOperation operation) {
        jdbc.sql("""
                        INSERT INTO payment_operation (operation_id, merchant_id, payment_id, sequence, type, amount,
                            status, target_transaction_id, gateway_transaction_id, reversal_method, failure_code,
                            failure_message, created_at, completed_at)
                        VALUES (:id, :merchant, :payment, :sequence, :type, :amount, :status, :target, :transaction, :reversal,
                            :code, :message, :createdAt, :completedAt)
                        ON CONFLICT (operation_id) DO UPDATE
                           SET status = EXCLUDED.status, gateway_transaction_id = EXCLUDED.gateway_transaction_id,
                               reversal_method = EXCLUDED.reversal_method, failure_code = EXCLUDED.failure_code,
                               failure_message = EXCLUDED.failure_message, completed_at = EXCLUDED.completed_at
                         WHERE payment_operation.status IS DISTINCT FROM EXCLUDED.status""")
                .param("id", operation.operationId())
                .param("merchant", payment.merchantId())
                .param("payment", payment.paymentId())
                .param("sequence", operation.sequence())
                .param("type", operation.type().name())
                .param("amount", operation.amount())
                .param("status", operation.status().name())
                .param("target", operation.targetTransactionId())
                .param("transaction", operation.gatewayTransactionId())
                .param("reversal", name(operation.reversalMethod()))
                .param("code", operation.failureCode())
                .param("message", operation.failureMessage())
                .param("createdAt", Timestamp.from(operation.createdAt()))
                .param("completedAt", operation.completedAt() == null ? null : Timestamp.from(operation.completedAt()))
                .update();
    }

    private static PaymentState state(ResultSet rs, List<PaymentOperation> operations) throws SQLException {
        PaymentMethodRef method = new PaymentMethodRef(
                rs.getString("method_id"),
                enumOrNull(PaymentMethodType.class, rs.getString("method_type")),
                rs.getString("method_brand"),
                rs.getString("method_last4"),
                rs.getString("method_token"));
        return new PaymentState(
                rs.getString("payment_id"),
                rs.getString("order_id"),
                rs.getString("merchant_id"),
                rs.getString("customer_id"),
                rs.getString("currency"),
                rs.getLong("requested_amount"),
                PaymentStatus.valueOf(rs.getString("status")),
                rs.getLong("authorized_amount"),
                rs.getLong("captured_amount"),
                rs.getLong("refunded_amount"),
                method,
                rs.getString("gateway_transaction_id"),
                operations,
                instant(rs, "created_at"),
                instant(rs, "updated_at"));
    }

    private List<PaymentOperation> operations(String merchantId, String paymentId) {
        return jdbc.sql(
                        "SELECT * FROM payment_operation WHERE merchant_id = :merchant AND payment_id = :id ORDER BY sequence")
                .param("merchant", merchantId)
                .param("id", paymentId)
                .query((rs, row) -> operation(rs, ""))
                .list();
    }

    /** An operation's columns, named with {@code prefix} where they are joined to their payment's. */
    private static PaymentOperation operation(ResultSet rs, String prefix) throws SQLException {
        return new PaymentOperation(
                rs.getString("operation_id"),
                rs.getInt(prefix + "sequence"),
                Operation.valueOf(rs.getString(prefix + "type")),
                rs.getLong(prefix + "amount"),
                OperationStatus.valueOf(rs.getString(prefix + "status")),
                rs.getString(prefix + "target_transaction_id"),
                rs.getString(prefix + "gateway_transaction_id"),
                enumOrNull(ReversalMethod.class, rs.getString(prefix + "reversal_method")),
                rs.getString(prefix + "failure_code"),
                rs.getString(prefix + "failure_message"),
                instant(rs, prefix + "created_at"),
                instant(rs, prefix + "completed_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
