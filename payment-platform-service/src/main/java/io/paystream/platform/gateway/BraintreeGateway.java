package io.paystream.platform.gateway;

import com.braintreegateway.ResourceCollection;
import com.braintreegateway.Result;
import com.braintreegateway.Transaction;
import com.braintreegateway.Transaction.Status;
import com.braintreegateway.TransactionRefundRequest;
import com.braintreegateway.TransactionRequest;
import com.braintreegateway.TransactionSearchRequest;
import com.braintreegateway.exceptions.BraintreeException;
import com.braintreegateway.exceptions.NotFoundException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.paystream.contracts.Operation;
import io.paystream.contracts.PaymentJob;
import io.paystream.contracts.ReversalMethod;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Braintree through the official braintree-java SDK. Every request carries the job's {@code operationId} as
 * {@code orderId} where Braintree keeps one, so {@link #lookup} can find what an earlier attempt did.
 */
public class BraintreeGateway implements Gateway {

    private static final Set<Status> VOIDABLE = EnumSet.of(Status.AUTHORIZED, Status.SUBMITTED_FOR_SETTLEMENT);
    private static final Set<Status> REFUNDABLE =
            EnumSet.of(Status.SETTLED, Status.SETTLING, Status.SETTLEMENT_CONFIRMED);
    private static final Set<Status> CAPTURED =
            EnumSet.of(Status.SUBMITTED_FOR_SETTLEMENT, Status.SETTLING, Status.SETTLED, Status.SETTLEMENT_CONFIRMED);

    private final com.braintreegateway.BraintreeGateway braintree;
    private final CircuitBreaker circuitBreaker;
    private final Map<String, String> merchantAccounts;

    public BraintreeGateway(
            com.braintreegateway.BraintreeGateway braintree,
            CircuitBreaker circuitBreaker,
            Map<String, String> merchantAccounts) {
        this.braintree = braintree;
        this.circuitBreaker = circuitBreaker;
        this.merchantAccounts = merchantAccounts;
    }

    /** Braintree's answers that a follow-up no longer fits the transaction: perhaps because it already happened. */
    private static final Set<String> STATE_CONFLICTS = Set.of("91504", "91506", "91507", "91512", "91521", "91522");

    @Override
    public GatewayOutcome execute(PaymentJob job) {
        GatewayOutcome outcome = guarded(() -> switch (job.operation()) {
            case APPROVE -> approve(job);
            case DEPOSIT -> deposit(job);
            case REVERSE -> reverse(job);
            case REFUND -> refund(job);
        });
        if (outcome instanceof GatewayOutcome.Failed failed && STATE_CONFLICTS.contains(failed.code())) {
            // Perhaps our own earlier (or silently re-sent) request did it: only Braintree's records can say.
            return switch (lookup(job)) {
                case Lookup.Found found when found.outcome() instanceof GatewayOutcome.Final -> found.outcome();
                case Lookup.NotApplied notApplied -> outcome;
                case Lookup.NoRecord noRecord -> outcome;
                default -> new GatewayOutcome.Unknown("refused with " + failed.code() + " and could not check why");
            };
        }
        return outcome;
    }

    /** Reads only: whatever goes wrong, nothing was changed, so a failure here is transient, never unknown. */
    @Override
    public Lookup lookup(PaymentJob job) {
        if (!circuitBreaker.tryAcquirePermission()) {
            return new Lookup.Unreadable("circuit breaker open: Braintree is failing");
        }
        long start = System.nanoTime();
        try {
            Lookup found = find(job);
            circuitBreaker.onSuccess(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            return found;
        } catch (RuntimeException e) {
            circuitBreaker.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS, e);
            return new Lookup.Unreadable("lookup failed: " + e.getClass().getSimpleName());
        }
    }

    private GatewayOutcome approve(PaymentJob job) {
        String merchantAccount = merchantAccounts.get(job.currency());
        if (merchantAccount == null && !merchantAccounts.isEmpty()) {
            return new GatewayOutcome.Declined(
                    null, "currency_not_supported", "No merchant account takes " + job.currency(), null);
        }
        TransactionRequest sale = new TransactionRequest()
                .merchantAccountId(merchantAccount)
                .amount(amount(job))
                .orderId(job.operationId())
                .options()
                .submitForSettlement(false)
                .done();
        if (job.paymentMethod() != null) {
            sale.paymentMethodToken(job.paymentMethod().gatewayToken());
        } else {
            sale.paymentMethodNonce(job.paymentMethodNonce());
        }
        return BraintreeAnswers.fromResult(braintree.transaction().sale(sale), null);
    }

    /** One capture of everything authorized keeps the sale's id; anything else is a partial settlement of its own. */
    private GatewayOutcome deposit(PaymentJob job) {
        Transaction authorization = read(job.gatewayTransactionId());
        boolean captureAll = authorization.getStatus() == Status.AUTHORIZED
                && authorization.getAmount().compareTo(amount(job)) == 0;
        Result<Transaction> result = captureAll
                ? braintree.transaction().submitForSettlement(authorization.getId(), amount(job))
                : braintree
                        .transaction()
                        .submitForPartialSettlement(
                                authorization.getId(),
                                new TransactionRequest().amount(amount(job)).orderId(job.operationId()));
        return BraintreeAnswers.fromResult(result, null);
    }

    /** A void while the money has not moved; once it has, a refund of what is left. */
    private GatewayOutcome reverse(PaymentJob job) {
        Transaction transaction = read(job.gatewayTransactionId());
        if (VOIDABLE.contains(transaction.getStatus())) {
            return voidTransaction(transaction);
        }
        if (REFUNDABLE.contains(transaction.getStatus())) {
            return refundNow(job, transaction);
        }
        return notPossible("not_reversible", transaction);
    }

    /** Refund of a settled capture; before settlement, a refund of everything is a void and a partial one waits. */
    private GatewayOutcome refund(PaymentJob job) {
        Transaction transaction = read(job.gatewayTransactionId());
        if (REFUNDABLE.contains(transaction.getStatus())) {
            return refundNow(job, transaction);
        }
        if (VOIDABLE.contains(transaction.getStatus())) {
            return transaction.getAmount().compareTo(amount(job)) == 0
                    ? voidTransaction(transaction)
                    : new GatewayOutcome.AwaitingSettlement(
                            transaction.getStatus().name());
        }
        return notPossible("not_refundable", transaction);
    }

    private GatewayOutcome voidTransaction(Transaction transaction) {
        return BraintreeAnswers.fromResult(
                braintree.transaction().voidTransaction(transaction.getId()), ReversalMethod.VOID);
    }

    private GatewayOutcome refundNow(PaymentJob job, Transaction transaction) {
        TransactionRefundRequest refund = new TransactionRefundRequest().orderId(job.operationId());
        if (job.amount() > 0) {
            refund.amount(amount(job));
        }
        return BraintreeAnswers.fromResult(
                braintree.transaction().refund(transaction.getId(), refund), ReversalMethod.REFUND);
    }

    /**
     * What an earlier attempt left at the gateway. A sale, a partial capture and a refund are transactions of their
     * own under our orderId; a full capture and a void change the transaction itself, so its status and status
     * history say whether they happened, and a status that still allows them proves they did not.
     */
    private Lookup find(PaymentJob job) {
        ResourceCollection<Transaction> ours = braintree
                .transaction()
                .search(new TransactionSearchRequest().orderId().is(job.operationId()));
        ReversalMethod refunded = job.operation() == Operation.APPROVE || job.operation() == Operation.DEPOSIT
                ? null
                : ReversalMethod.REFUND;
        if (ours.getMaximumSize() > 0) {
            return new Lookup.Found(BraintreeAnswers.fromTransaction(preferSucceeded(ours), refunded));
        }
        if (job.operation() == Operation.APPROVE) {
            return new Lookup.NoRecord();
        }
        Transaction original = braintree.transaction().find(job.gatewayTransactionId());
        return job.operation() == Operation.DEPOSIT ? captured(job, original) : voided(original);
    }

    /** A capture of the whole authorization shows in the sale's history; a partial one only under its orderId. */
    private static Lookup captured(PaymentJob job, Transaction authorization) {
        if (authorization.getAmount().compareTo(amount(job)) != 0) {
            return new Lookup.NoRecord();
        }
        boolean submitted = CAPTURED.contains(authorization.getStatus())
                || authorization.getStatusHistory().stream()
                        .anyMatch(event -> event.getStatus() == Status.SUBMITTED_FOR_SETTLEMENT);
        return submitted
                ? new Lookup.Found(BraintreeAnswers.fromTransaction(authorization, null))
                : new Lookup.NotApplied("transaction " + authorization.getId() + " is " + authorization.getStatus()
                        + " and was never submitted for settlement");
    }

    /**
     * Voided is done. Still voidable proves no void happened; it also proves no refund was sent, since a refund is
     * only ever sent once the money has settled, and a partial refund before that only waited.
     */
    private static Lookup voided(Transaction original) {
        if (original.getStatus() == Status.VOIDED) {
            return new Lookup.Found(BraintreeAnswers.fromTransaction(original, ReversalMethod.VOID));
        }
        return VOIDABLE.contains(original.getStatus())
                ? new Lookup.NotApplied("transaction " + original.getId() + " is " + original.getStatus())
                : new Lookup.NoRecord();
    }

    private static GatewayOutcome notPossible(String code, Transaction transaction) {
        return new GatewayOutcome.Failed(code, "Transaction " + transaction.getId() + " is " + transaction.getStatus());
    }

    private static BigDecimal amount(PaymentJob job) {
        return job.money().toDecimal();
    }

    /** Counts unanswered calls against the circuit; while it is open, nothing is sent and the job is retried later. */
    private GatewayOutcome guarded(Supplier<GatewayOutcome> call) {
        if (!circuitBreaker.tryAcquirePermission()) {
            return new GatewayOutcome.Transient("circuit breaker open: Braintree is failing");
        }
        long start = System.nanoTime();
        GatewayOutcome outcome;
        try {
            outcome = call.get();
        } catch (ReadFailed e) {
            outcome = new GatewayOutcome.Transient("reading the transaction failed: " + e.getMessage());
        } catch (BraintreeException e) {
            outcome = BraintreeAnswers.fromException(e);
        } catch (RuntimeException e) {
            // Something we did not expect, after the request may have gone out: honest is "we do not know".
            outcome = new GatewayOutcome.Unknown("unexpected " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        long elapsed = System.nanoTime() - start;
        if (outcome instanceof GatewayOutcome.Transient || outcome instanceof GatewayOutcome.Unknown) {
            circuitBreaker.onError(elapsed, TimeUnit.NANOSECONDS, new IllegalStateException(outcome.toString()));
        } else {
            circuitBreaker.onSuccess(elapsed, TimeUnit.NANOSECONDS);
        }
        return outcome;
    }

    /** A read before an action; its failure means nothing was sent yet. */
    private Transaction read(String transactionId) {
        try {
            return braintree.transaction().find(transactionId);
        } catch (NotFoundException notFound) {
            throw notFound;
        } catch (BraintreeException e) {
            throw new ReadFailed(e);
        }
    }

    /** Should an operation ever have two transactions, the one that went through is the one that counts. */
    private static Transaction preferSucceeded(ResourceCollection<Transaction> transactions) {
        Transaction first = null;
        for (Transaction transaction : transactions) {
            if (BraintreeAnswers.fromTransaction(transaction, null) instanceof GatewayOutcome.Succeeded) {
                return transaction;
            }
            first = first == null ? transaction : first;
        }
        return first;
    }

    private static final class ReadFailed extends RuntimeException {
        ReadFailed(BraintreeException cause) {
            super(cause.getClass().getSimpleName(), cause);
        }
    }
}
