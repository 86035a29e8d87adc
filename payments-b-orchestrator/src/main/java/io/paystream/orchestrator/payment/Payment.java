package io.paystream.orchestrator.payment;

import io.paystream.contracts.Operation;
import io.paystream.contracts.PaymentEvent;
import io.paystream.contracts.PaymentMethodType;
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

    Payment(
            String paymentId,
            String orderId,
            String customerId,
            String currency,
            long requestedAmount,
            PaymentStatus status,
            long authorizedAmount,
            long capturedAmount,
            long refundedAmount,
            PaymentMethodRef method,
            String gatewayTransactionId,
            List<PaymentOperation> operations,
            Instant createdAt,
            Instant updatedAt) {
        this.paymentId = paymentId;
        this.orderId = orderId;
        this.customerId = customerId;
        this.currency = currency;
        this.requestedAmount = requestedAmount;
        this.status = status;
        this.authorizedAmount = authorizedAmount;
        this.capturedAmount = capturedAmount;
        this.refundedAmount = refundedAmount;
        this.method = method;
        this.gatewayTransactionId = gatewayTransactionId;
        this.operations = new ArrayList<>(operations);
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    /** A new payment whose first operation is the approval. */
    static Payment approve(
            String orderId, String customerId, long amount, String currency, PaymentMethodRef method, Instant now) {
        Payment payment = new Payment(
                "pay_" + compactUuid(),
                orderId,
                customerId,
                currency,
                amount,
                PaymentStatus.AUTHORIZATION_PENDING,
                0,
                0,
                0,
                method,
                null,
                List.of(),
                now,
                now);
        payment.add(Operation.APPROVE, amount, null, now);
        return payment;
    }

    /** Captures {@code amount}, or all that is left to capture. */
    PaymentOperation deposit(OptionalLong amount, Instant now) {
        require(Operation.DEPOSIT);
        long capturable = authorizedAmount - capturedAmount - open(Operation.DEPOSIT);
        long deposit = amount.orElse(capturable);
        if (deposit <= 0 || deposit > capturable) {
            throw PaymentProblem.tooMuch("At most " + capturable + " can still be captured");
        }
        return add(Operation.DEPOSIT, deposit, gatewayTransactionId, now);
    }

    /** Refunds {@code amount}, or all that is left to refund, from one capture that can cover it. */
    PaymentOperation refund(OptionalLong amount, Instant now) {
        require(Operation.REFUND);
        long refundable = capturedAmount - refundedAmount - open(Operation.REFUND);
        long refund = amount.orElse(refundable);
        if (refund <= 0 || refund > refundable) {
            throw PaymentProblem.tooMuch("At most " + refundable + " can still be refunded");
        }
        String capture = captureCovering(refund)
                .orElseThrow(() -> new PaymentProblem(
                        PaymentProblem.REFUND_SPANS_CAPTURES,
                        "No single capture has " + refund + " left to refund; refund per capture"));
        return add(Operation.REFUND, refund, capture, now);
    }

    /** Reverses the approval: a void while unsettled, which the platform turns into a refund once settled. */
    PaymentOperation reverse(Instant now) {
        require(Operation.REVERSE);
        if (operations.stream().anyMatch(PaymentOperation::isOpen)) {
            throw PaymentProblem.notAllowed("An operation on this payment is still pending");
        }
        if (status == PaymentStatus.AUTHORIZED) {
            return add(Operation.REVERSE, authorizedAmount, gatewayTransactionId, now);
        }
        List<PaymentOperation> captures = succeeded(Operation.DEPOSIT);
        if (captures.size() != 1) {
            throw PaymentProblem.notAllowed("A payment captured in several parts is refunded, not reversed");
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
            throw PaymentProblem.notAllowed("A " + status + " payment cannot be given a " + operation);
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
        PaymentOperation operation = new PaymentOperation(
                "op_" + compactUuid(),
                operations.size() + 1,
                type,
                amount,
                OperationStatus.PENDING,
                target,
                null,
                null,
                null,
                null,
                now,
                null);
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

    public String customerId() {
        return customerId;
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

    PaymentMethodType methodType() {
        return method.type();
    }
}
