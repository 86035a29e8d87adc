package io.paystream.orchestrator.payment;

import io.paystream.orchestrator.idempotency.StoredResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code Prefer: wait=N} (N ≤ 10): holds an accepted answer until its operation has a final outcome, reading the
 * database, so it works whichever instance consumed the outcome event. 200 with the final payment, or the 202.
 */
@Component
class PreferWait {

    static final int MAX_SECONDS = 10;
    private static final java.util.regex.Pattern WAIT =
            java.util.regex.Pattern.compile("(?i)(?:^|[,;\\s])wait\\s*=\\s*\"?(\\d{1,2})\"?(?:$|[,;\\s])");
    private static final Duration POLL = Duration.ofMillis(50);

    private final PaymentService service;
    private final JsonMapper json;

    PreferWait(PaymentService service, JsonMapper json) {
        this.service = service;
        this.json = json;
    }

    static Optional<Integer> seconds(String prefer) {
        if (prefer == null) {
            return Optional.empty();
        }
        Matcher wait = WAIT.matcher(prefer.trim());
        return wait.find() ? Optional.of(Math.min(MAX_SECONDS, Integer.parseInt(wait.group(1)))) : Optional.empty();
    }

    StoredResponse apply(String customerId, StoredResponse accepted, String prefer) {
        Optional<Integer> seconds = seconds(prefer);
        if (seconds.isEmpty() || accepted.status() != HttpStatus.ACCEPTED.value()) {
            return accepted;
        }
        PaymentView view = json.readValue(accepted.body(), PaymentView.class);
        String paymentId = view.paymentId();
        String operationId = view.operations().getLast().operationId();
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds.get()).toNanos();
        while (System.nanoTime() < deadline) {
            PaymentView now = service.get(customerId, paymentId);
            boolean done = now.operations().stream()
                    .anyMatch(operation -> operation.operationId().equals(operationId)
                            && operation.status() != OperationStatus.PENDING);
            if (done) {
                return new StoredResponse(HttpStatus.OK.value(), json.writeValueAsString(now), accepted.replayed());
            }
            LockSupport.parkNanos(POLL.toNanos()); // polling the database: the outcome may land on any instance
        }
        return accepted;
    }
}
