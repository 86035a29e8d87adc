package io.paystream.orchestrator.payment;

import io.paystream.edge.security.Caller;
import io.paystream.orchestrator.idempotency.StoredResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code Prefer: wait=N} (N ≤ 10): holds an accepted answer until its operation has a final outcome, then 200 with
 * the final payment, or the 202 when the wait runs out. It reads the payment when PostgreSQL says the operation's
 * status changed ({@link OutcomeWaiters}), whichever instance consumed the outcome event, and every
 * {@code paystream.wait.safety-net} (1 s) in case a notification was lost.
 */
@Component
class PreferWait {

    static final int MAX_SECONDS = 10;
    private static final Pattern WAIT = Pattern.compile("(?i)(?:^|[,;\\s])wait\\s*=\\s*\"?(\\d{1,2})\"?(?:$|[,;\\s])");
    private final PaymentService service;
    private final OutcomeWaiters waiters;
    private final JsonMapper json;
    private final Duration safetyNet;

    PreferWait(
            PaymentService service,
            OutcomeWaiters waiters,
            JsonMapper json,
            @Value("${paystream.wait.safety-net:1s}") Duration safetyNet) {
        this.service = service;
        this.waiters = waiters;
        this.json = json;
        this.safetyNet = safetyNet;
    }

    static Optional<Integer> seconds(String prefer) {
        if (prefer == null) {
            return Optional.empty();
        }
        Matcher wait = WAIT.matcher(prefer.trim());
        return wait.find() ? Optional.of(Math.min(MAX_SECONDS, Integer.parseInt(wait.group(1)))) : Optional.empty();
    }

    StoredResponse apply(Caller caller, StoredResponse accepted, String prefer) {
        Optional<Integer> seconds = seconds(prefer);
        if (seconds.isEmpty() || accepted.status() != HttpStatus.ACCEPTED.value()) {
            return accepted;
        }
        PaymentView view = json.readValue(accepted.body(), PaymentView.class);
        String paymentId = view.paymentId();
        String operationId = view.operations().getLast().operationId();
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds.get()).toNanos();
        try (OutcomeWaiters.Waiter waiter = waiters.register(operationId)) {
            // A fresh answer is PENDING as of its commit, and its outcome will wake the waiter registered now, even one
            // notified a moment before: no read until then. A replay's outcome may be long in.
            boolean read = accepted.replayed() || !waiters.hearing();
            while (true) {
                if (read) {
                    PaymentView now = service.get(caller, paymentId);
                    boolean done = now.operations().stream()
                            .anyMatch(operation -> operation.operationId().equals(operationId)
                                    && operation.status() != OperationStatus.PENDING);
                    if (done) {
                        return new StoredResponse(
                                HttpStatus.OK.value(), json.writeValueAsString(now), accepted.replayed());
                    }
                }
                read = true;
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return accepted;
                }
                boolean woken = waiter.await(Duration.ofNanos(Math.min(left, safetyNet.toNanos())));
                if (!woken && System.nanoTime() >= deadline) {
                    return accepted;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return accepted;
        }
    }
}
