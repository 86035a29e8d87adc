package io.paystream.orchestrator.payment;

import io.paystream.contracts.Operation;
import io.paystream.contracts.PaymentEvent;
import io.paystream.contracts.PaymentJob;
import io.paystream.contracts.PaymentMethodType;
import io.paystream.contracts.StoredPaymentMethod;
import io.paystream.edge.security.Caller;
import io.paystream.edge.security.Customer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * A payment and its operations. Every change goes through a verb that checks the status machine and the amount
 * rules of ARCHITECTURE §5, counting operations still pending against the limits, so that no sequence of
 * accepted requests can capture more than was authorized or refund more than was captured.
 */
public class Payment {

    private final String paymentId;
    private final String orderId;
    private final String merchantId;
    private final String customerId;
    private final String currency;
    private final long requestedAmount;
    private final Instant createdAt;
    private PaymentStatus status;
    private long authorizedAmount;
    private long capturedAmount;
    private long refundedAmount;
    private PaymentMethodRef method;
    private String gatewayTransactionId;
    private final List<PaymentOperation> operations;
    private Instant updatedAt;

    Payment(PaymentState state) {
        this.paymentId = state.paymentId();
        this.orderId = state.orderId();
        this.merchantId = state.merchantId();
        this.customerId = state.customerId();
        this.currency = state.currency();
        this.requestedAmount = state.requestedAmount();
        this.status = state.status();
        this.authorizedAmount = state.authorizedAmount();
        this.capturedAmount = state.capturedAmount();
        this.refundedAmount = state.refundedAmount();
        this.method = state.method();
        this.gatewayTransactionId = state.gatewayTransactionId();
        this.operations = new ArrayList<>(state.operations());
        this.createdAt = state.createdAt();
        this.updatedAt = state.updatedAt();
    }

    /** A new payment whose first operation is the approval. */
    static Payment approve(
            String orderId, Customer customer, long amount, String currency, PaymentMethodRef method, Instant now) {
        Payment payment = new Payment(PaymentState.awaitingApproval(
                "pay_" + compactUuid(),
                orderId,
                customer.merchantId(),
                customer.subject(),
                amount,
                currency,
                method,
                now));
        payment.add(Operation.APPROVE, amount, null, now);
        return payment;
    }

    /** Captures {@code amount}, or all that is left to capture. */
    PaymentOperation deposit(OptionalLong amount, Instant now) {
        require(Operation.DEPOSIT);
        long capturable = authorizedAmount - capturedAmount - open(Operation.DEPOSIT);
        long deposit = amount.orElse(capturable);
        if (deposit <= 0 || deposit > capturable) {
            throw PaymentRefused.tooMuch("At most " + capturable + " can still be captured");
        }
        return add(Operation.DEPOSIT, deposit, gatewayTransactionId, now);
    }

    /** Refunds {@code amount}, or all that is left to refund, from one capture that can cover it. */
    PaymentOperation refund(OptionalLong amount, Instant now) {
        require(Operation.REFUND);
        long refundable = capturedAmount - refundedAmount - open(Operation.REFUND);
        long refund = amount.orElse(refundable);
        if (refund <= 0 || refund > refundable) {
            throw PaymentRefused.tooMuch("At most " + refundable + " can still be refunded");
        }
        String capture = captureCovering(refund)
                .orElseThrow(() -> new PaymentRefused(
                        PaymentRefused.Refusal.REFUND_SPANS_CAPTURES,
                        "No single capture has " + refund + " left to refund; refund per capture"));
        return add(Operation.REFUND, refund, capture, now);
    }

    /** Reverses the approval: a void while unsettled, which the platform turns into a refund once settled. */
    PaymentOperation reverse(Instant now) {
        require(Operation.REVERSE);
        if (operations.stream().anyMatch(PaymentOperation::isOpen)) {
            throw PaymentRefused.notAllowed("An operation on this payment is still pending");
        }
        if (status == PaymentStatus.AUTHORIZED) {
            return add(Operation.REVERSE, authorizedAmount, gatewayTransactionId, now);
        }
        List<PaymentOperation> captures = succeeded(Operation.DEPOSIT);
        if (captures.size() != 1) {
            throw PaymentRefused.notAllowed("A payment captured in several parts is refunded, not reversed");
        }
        return add(
                Operation.REVERSE,
                capturedAmount - refundedAmount,
                captures.getFirst().gatewayTransactionId(),
                now);
    }

    /**
     * Records how an operation ended, from the platform's event; false if the event is not for an open operation of
     * this payment (a copy, or news of something already recorded).
     */
    boolean apply(PaymentEvent event) {
        Optional<PaymentOperation> open = operations.stream()
                .filter(operation -> operation.operationId().equals(event.operationId()) && operation.isOpen())
                .findFirst();
        if (open.isEmpty()) {
            return false;
        }
        PaymentOperation operation = open.get();
        OperationStatus outcome = switch (event.eventType()) {
            case PAYMENT_DECLINED -> OperationStatus.DECLINED;
            case PAYMENT_FAILED -> OperationStatus.FAILED;
            default -> OperationStatus.SUCCEEDED;
        };
        replace(operation.ended(
                outcome,
                event.gatewayTransactionId(),
                event.reversalMethod(),
                event.failureCode(),
                event.failureMessage(),
                event.occurredAt()));
        if (outcome == OperationStatus.SUCCEEDED) {
            succeed(operation, event);
        } else if (operation.type() == Operation.APPROVE) {
            status = outcome == OperationStatus.DECLINED ? PaymentStatus.DECLINED : PaymentStatus.FAILED;
        }
        updatedAt = event.occurredAt();
        return true;
    }

    private void succeed(PaymentOperation operation, PaymentEvent event) {
        switch (operation.type()) {
            case APPROVE -> {
                status = PaymentStatus.AUTHORIZED;
                authorizedAmount = operation.amount();
                gatewayTransactionId = event.gatewayTransactionId();
                if (method.type() == null && event.paymentMethodType() != null) {
                    method = new PaymentMethodRef(null, event.paymentMethodType(), null, null, null);
                }
            }
            case DEPOSIT -> {
                capturedAmount += operation.amount();
                status = PaymentStatus.CAPTURED;
            }
            case REFUND -> {
                refundedAmount += operation.amount();
                status = refundedAmount == capturedAmount ? PaymentStatus.REFUNDED : PaymentStatus.PARTIALLY_REFUNDED;
            }
            case REVERSE -> status = PaymentStatus.REVERSED;
        }
    }

    private void require(Operation operation) {
        if (!status.allows(operation)) {
            throw PaymentRefused.notAllowed("A " + status + " payment cannot be given a " + operation);
        }
    }

    private long open(Operation type) {
        return operations.stream()
                .filter(operation -> operation.type() == type && operation.isOpen())
                .mapToLong(PaymentOperation::amount)
                .sum();
    }

    private List<PaymentOperation> succeeded(Operation type) {
        return operations.stream()
                .filter(operation -> operation.type() == type && operation.status() == OperationStatus.SUCCEEDED)
                .toList();
    }

    /** The most recent capture with at least {@code amount} not yet refunded or being refunded. */
    private Optional<String> captureCovering(long amount) {
        return succeeded(Operation.DEPOSIT).stream()
                .sorted(Comparator.comparingInt(PaymentOperation::sequence).reversed())
                .map(PaymentOperation::gatewayTransactionId)
                .filter(capture -> depositedOn(capture) - refundedFrom(capture) >= amount)
                .findFirst();
    }

    private long depositedOn(String capture) {
        return succeeded(Operation.DEPOSIT).stream()
                .filter(deposit -> capture.equals(deposit.gatewayTransactionId()))
                .mapToLong(PaymentOperation::amount)
                .sum();
    }

    private long refundedFrom(String capture) {
        return operations.stream()
                .filter(operation -> operation.type() == Operation.REFUND && operation.counts())
                .filter(refund -> capture.equals(refund.targetTransactionId()))
                .mapToLong(PaymentOperation::amount)
                .sum();
    }

    private PaymentOperation add(Operation type, long amount, String target, Instant now) {
        PaymentOperation operation =
                PaymentOperation.pending("op_" + compactUuid(), operations.size() + 1, type, amount, target, now);
        operations.add(operation);
        updatedAt = now;
        return operation;
    }

    private void replace(PaymentOperation ended) {
        operations.replaceAll(operation -> operation.operationId().equals(ended.operationId()) ? ended : operation);
    }

    private static String compactUuid() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    public String paymentId() {
        return paymentId;
    }

    public String orderId() {
        return orderId;
    }

    public String merchantId() {
        return merchantId;
    }

    public String customerId() {
        return customerId;
    }

    /** Whether {@code caller} may see it: its merchant's key, or its own customer. */
    boolean belongsTo(Caller caller) {
        return merchantId.equals(caller.merchantId())
                && caller.customerId().map(customerId::equals).orElse(true);
    }

    public String currency() {
        return currency;
    }

    public long requestedAmount() {
        return requestedAmount;
    }

    public PaymentStatus status() {
        return status;
    }

    public long authorizedAmount() {
        return authorizedAmount;
    }

    public long capturedAmount() {
        return capturedAmount;
    }

    public long refundedAmount() {
        return refundedAmount;
    }

    public PaymentMethodRef method() {
        return method;
    }

    public String gatewayTransactionId() {
        return gatewayTransactionId;
    }

    public List<PaymentOperation> operations() {
        return List.copyOf(operations);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** The SQS job that carries {@code operation} out (ARCHITECTURE §6); a one-time {@code nonce} only approves. */
    PaymentJob job(PaymentOperation operation, String nonce) {
        StoredPaymentMethod stored =
                method.gatewayToken() == null ? null : new StoredPaymentMethod(method.type(), method.gatewayToken());
        return new PaymentJob(
                operation.operationId(),
                operation.type(),
                paymentId,
                orderId,
                merchantId,
                customerId,
                operation.sequence(),
                operation.amount(),
                currency,
                stored,
                operation.type() == Operation.APPROVE ? nonce : null,
                operation.targetTransactionId(),
                operation.createdAt());
    }

    PaymentMethodType methodType() {
        return method.type();
    }
}
