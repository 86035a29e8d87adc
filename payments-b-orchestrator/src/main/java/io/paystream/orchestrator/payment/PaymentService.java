package io.paystream.orchestrator.payment;

import io.micrometer.core.instrument.MeterRegistry;
import io.paystream.contracts.Money;
import io.paystream.contracts.Operation;
import io.paystream.contracts.PaymentJob;
import io.paystream.contracts.StoredPaymentMethod;
import io.paystream.edge.problem.ProblemResponses;
import io.paystream.orchestrator.idempotency.IdempotencyKeys;
import io.paystream.orchestrator.idempotency.StoredResponse;
import io.paystream.orchestrator.outbox.JobOutbox;
import io.paystream.orchestrator.wallet.WalletClient;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The payment use cases. Each POST claims its idempotency key first; the payment change, the key's stored answer and
 * the SQS job then commit in one transaction, under a lock on the payment row. The wallet is called outside it.
 */
@Service
public class PaymentService {

    private final Payments payments;
    private final IdempotencyKeys keys;
    private final JobOutbox outbox;
    private final WalletClient wallet;
    private final TransactionTemplate transactions;
    private final TransactionTemplate snapshots;
    private final JsonMapper json;
    private final MeterRegistry meters;
    private final Clock clock;

    PaymentService(
            Payments payments,
            IdempotencyKeys keys,
            JobOutbox outbox,
            WalletClient wallet,
            TransactionTemplate transactions,
            JsonMapper json,
            MeterRegistry meters,
            Clock clock) {
        this.payments = payments;
        this.keys = keys;
        this.outbox = outbox;
        this.wallet = wallet;
        this.transactions = transactions;
        // A payment row and its operation rows are read in separate statements: one snapshot keeps them consistent.
        this.snapshots = new TransactionTemplate(transactions.getTransactionManager());
        snapshots.setReadOnly(true);
        snapshots.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.json = json;
        this.meters = meters;
        this.clock = clock;
    }

    /** A request as the idempotency key sees it: who, which key, and what was asked (method + path + body). */
    public record Request(String customerId, String idempotencyKey, String fingerprint) {}

    public StoredResponse approve(Request request, ApprovePayment approval) {
        Money.currency(approval.currency());
        return idempotently(request, () -> {
            PaymentMethodRef method = approval.paymentMethodId() == null
                    ? PaymentMethodRef.oneTime()
                    : storedMethod(request.customerId(), approval.paymentMethodId());
            return inTransaction(request, () -> {
                Payment payment = Payment.approve(
                        approval.orderId(),
                        request.customerId(),
                        approval.amount(),
                        approval.currency(),
                        method,
                        clock.instant());
                payments.insert(payment);
                PaymentOperation approve = payment.operations().getFirst();
                outbox.enqueue(job(payment, approve, approval.paymentMethodNonce()));
                return payment;
            });
        });
    }

    public StoredResponse deposit(Request request, String paymentId, OptionalLong amount) {
        return followUp(request, paymentId, payment -> payment.deposit(amount, clock.instant()));
    }

    public StoredResponse refund(Request request, String paymentId, OptionalLong amount) {
        return followUp(request, paymentId, payment -> payment.refund(amount, clock.instant()));
    }

    public StoredResponse reverse(Request request, String paymentId) {
        return followUp(request, paymentId, payment -> payment.reverse(clock.instant()));
    }

    public PaymentView get(String customerId, String paymentId) {
        return snapshots
                .execute(status -> payments.find(paymentId))
                .filter(payment -> payment.customerId().equals(customerId))
                .map(PaymentView::of)
                .orElseThrow(PaymentProblem::notFound);
    }

    public List<PaymentView> byOrder(String customerId, String orderId) {
        return snapshots.execute(status -> payments.byOrder(customerId, orderId)).stream()
                .map(PaymentView::of)
                .toList();
    }

    private StoredResponse followUp(
            Request request, String paymentId, java.util.function.Function<Payment, PaymentOperation> verb) {
        return idempotently(
                request,
                () -> inTransaction(request, () -> {
                    Payment payment = payments.lock(paymentId)
                            .filter(locked -> locked.customerId().equals(request.customerId()))
                            .orElseThrow(PaymentProblem::notFound);
                    PaymentOperation operation = verb.apply(payment);
                    payments.save(payment);
                    outbox.enqueue(job(payment, operation, null));
                    return payment;
                }));
    }

    /** Claims the key, runs the work, and keeps refusals (404, 409, 422) under the key too; lets 5xx go unkept. */
    private StoredResponse idempotently(Request request, Supplier<StoredResponse> work) {
        Optional<StoredResponse> earlier =
                keys.claim(request.customerId(), request.idempotencyKey(), request.fingerprint());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        try {
            return work.get();
        } catch (PaymentProblem refused) {
            ProblemDetail problem = ProblemResponses.problem(refused.type(), refused.getMessage(), null);
            keys.completeAlone(
                    request.customerId(),
                    request.idempotencyKey(),
                    refused.type().status().value(),
                    json.writeValueAsString(problem));
            throw refused;
        } catch (RuntimeException failed) {
            keys.release(request.customerId(), request.idempotencyKey());
            throw failed;
        }
    }

    private StoredResponse inTransaction(Request request, Supplier<Payment> change) {
        return transactions.execute(status -> {
            Payment payment = change.get();
            String body = json.writeValueAsString(PaymentView.of(payment));
            keys.complete(request.customerId(), request.idempotencyKey(), HttpStatus.ACCEPTED.value(), body);
            PaymentOperation last = payment.operations().getLast();
            meters.counter("paystream.payment.operations", "type", last.type().name(), "outcome", "ACCEPTED")
                    .increment();
            return new StoredResponse(HttpStatus.ACCEPTED.value(), body, false);
        });
    }

    private PaymentMethodRef storedMethod(String customerId, String paymentMethodId) {
        WalletClient.StoredMethod stored = wallet.lookup(customerId, paymentMethodId)
                .orElseThrow(() -> new PaymentProblem(
                        PaymentProblem.PAYMENT_METHOD_NOT_FOUND, "No such payment method in the caller's wallet"));
        return new PaymentMethodRef(stored.id(), stored.type(), stored.brand(), stored.last4(), stored.gatewayToken());
    }

    private PaymentJob job(Payment payment, PaymentOperation operation, String nonce) {
        PaymentMethodRef method = payment.method();
        StoredPaymentMethod stored =
                method.gatewayToken() == null ? null : new StoredPaymentMethod(method.type(), method.gatewayToken());
        return new PaymentJob(
                operation.operationId(),
                operation.type(),
                payment.paymentId(),
                payment.orderId(),
                payment.customerId(),
                operation.sequence(),
                operation.amount(),
                payment.currency(),
                stored,
                operation.type() == Operation.APPROVE ? nonce : null,
                operation.targetTransactionId(),
                operation.createdAt());
    }
}
