package io.paystream.orchestrator.payment;

import io.micrometer.core.instrument.MeterRegistry;
import io.paystream.audit.AuditEvent;
import io.paystream.contracts.Money;
import io.paystream.edge.request.ListPage;
import io.paystream.edge.request.ListQuery;
import io.paystream.edge.security.Caller;
import io.paystream.edge.security.Customer;
import io.paystream.orchestrator.audit.AuditDrafts;
import io.paystream.orchestrator.outbox.JobOutbox;
import io.paystream.orchestrator.wallet.StoredMethods;
import io.paystream.orchestrator.wallet.WalletClient;
import java.time.Clock;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The payment use cases. Each change commits in one transaction with its SQS job, its audit record and whatever
 * {@code accepted} adds (the idempotency key's answer), under a lock on the payment row; the wallet is called outside
 * it. A refusal is a {@link PaymentRefused}: nothing here knows HTTP.
 */
@Service
public class PaymentService {

    private final Payments payments;
    private final JobOutbox outbox;
    private final StoredMethods wallet;
    private final AuditDrafts audit;
    private final TransactionTemplate transactions;
    private final MeterRegistry meters;
    private final Clock clock;

    PaymentService(
            Payments payments,
            JobOutbox outbox,
            StoredMethods wallet,
            AuditDrafts audit,
            TransactionTemplate transactions,
            MeterRegistry meters,
            Clock clock) {
        this.payments = payments;
        this.outbox = outbox;
        this.wallet = wallet;
        this.audit = audit;
        this.transactions = transactions;
        this.meters = meters;
        this.clock = clock;
    }

    /**
     * Approves for {@code customer}, asked under {@code idempotencyKey}; {@code accepted} gets the new payment inside
     * the transaction.
     */
    public void approve(Customer customer, String idempotencyKey, ApprovePayment approval, Consumer<Object> accepted) {
        Money.currency(approval.currency());
        PaymentMethodRef method = approval.paymentMethodId() == null
                ? PaymentMethodRef.oneTime()
                : storedMethod(customer, approval.paymentMethodId());
        transactions.executeWithoutResult(status -> {
            Payment payment = Payment.approve(
                    approval.orderId(), customer, approval.amount(), approval.currency(), method, clock.instant());
            payments.insert(payment);
            outbox.enqueue(payment.job(payment.operations().getFirst(), approval.paymentMethodNonce()));
            accept(customer, idempotencyKey, payment, accepted);
        });
    }

    public void deposit(
            Caller caller, String idempotencyKey, String paymentId, OptionalLong amount, Consumer<Object> accepted) {
        followUp(caller, idempotencyKey, paymentId, payment -> payment.deposit(amount, clock.instant()), accepted);
    }

    public void refund(
            Caller caller, String idempotencyKey, String paymentId, OptionalLong amount, Consumer<Object> accepted) {
        followUp(caller, idempotencyKey, paymentId, payment -> payment.refund(amount, clock.instant()), accepted);
    }

    public void reverse(Caller caller, String idempotencyKey, String paymentId, Consumer<Object> accepted) {
        followUp(caller, idempotencyKey, paymentId, payment -> payment.reverse(clock.instant()), accepted);
    }

    public PaymentView get(Caller caller, String paymentId) {
        // One statement reads the payment with its operations: consistent without a transaction.
        return payments.find(caller.merchantId(), paymentId)
                .filter(payment -> payment.belongsTo(caller))
                .map(PaymentView::of)
                .orElseThrow(PaymentRefused::notFound);
    }

    public List<PaymentView> byOrder(Caller caller, String orderId) {
        return payments.byOrder(caller, orderId).stream().map(PaymentView::of).toList();
    }

    /** A page of what {@code caller} may see (a key: all of its merchant's payments), newest first. */
    public ListPage<PaymentView> list(Caller caller, ListQuery query) {
        return ListPage.of(
                payments.list(caller, query).stream().map(PaymentView::of).toList(), query.limit());
    }

    private void followUp(
            Caller caller,
            String idempotencyKey,
            String paymentId,
            Function<Payment, PaymentOperation> verb,
            Consumer<Object> accepted) {
        transactions.executeWithoutResult(status -> {
            Payment payment = payments.lock(caller.merchantId(), paymentId)
                    .filter(locked -> locked.belongsTo(caller))
                    .orElseThrow(PaymentRefused::notFound);
            PaymentOperation operation = verb.apply(payment);
            payments.save(payment);
            outbox.enqueue(payment.job(operation, null));
            accept(caller, idempotencyKey, payment, accepted);
        });
    }

    private void accept(Caller caller, String idempotencyKey, Payment payment, Consumer<Object> accepted) {
        accepted.accept(PaymentView.of(payment));
        PaymentOperation last = payment.operations().getLast();
        audit.record(
                caller,
                new AuditEvent.MoneyRequest(
                        payment.paymentId(),
                        last.operationId(),
                        last.type().name(),
                        last.amount(),
                        payment.currency(),
                        idempotencyKey,
                        "ACCEPTED"),
                last.createdAt());
        meters.counter("paystream.payment.operations", "type", last.type().name(), "outcome", "ACCEPTED")
                .increment();
    }

    private PaymentMethodRef storedMethod(Customer customer, String paymentMethodId) {
        WalletClient.StoredMethod stored = wallet.lookup(customer, paymentMethodId)
                .orElseThrow(() -> new PaymentRefused(
                        PaymentRefused.Refusal.PAYMENT_METHOD_NOT_FOUND,
                        "No such payment method in the caller's wallet"));
        return new PaymentMethodRef(stored.id(), stored.type(), stored.brand(), stored.last4(), stored.gatewayToken());
    }
}
