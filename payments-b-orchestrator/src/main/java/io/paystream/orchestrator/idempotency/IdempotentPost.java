package io.paystream.orchestrator.idempotency;

import io.paystream.edge.problem.ProblemException;
import io.paystream.edge.problem.ProblemResponses;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The protocol of every idempotent POST (ARCHITECTURE §4), written once: claim the key (committed on its own), do the
 * work, and keep its answer under the key: the 202 inside the work's own transaction, a refusal (404, 409, 422) on
 * its own, because the same request would be refused the same way. Any other failure (a dependency down) releases
 * the key, so the client may retry it.
 */
@Component
public class IdempotentPost {

    private static final int ACCEPTED = HttpStatus.ACCEPTED.value();

    private final IdempotencyKeys keys;
    private final JsonMapper json;

    IdempotentPost(IdempotencyKeys keys, JsonMapper json) {
        this.keys = keys;
        this.json = json;
    }

    /** A request as its key sees it: who, which key, and what was asked (method, path and body). */
    public record Key(String customerId, String idempotencyKey, String fingerprint) {}

    /**
     * The answer to {@code key}: the one stored earlier, or that of {@code work}. The work calls the acceptance it is
     * given, with the body to answer, inside its transaction; {@code refusals} tells a refusal from other failures.
     */
    public StoredResponse answer(
            Key key, Function<RuntimeException, Optional<ProblemException>> refusals, Consumer<Consumer<Object>> work) {
        Optional<StoredResponse> earlier = keys.claim(key.customerId(), key.idempotencyKey(), key.fingerprint());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        AtomicReference<StoredResponse> accepted = new AtomicReference<>();
        try {
            work.accept(body -> {
                String text = json.writeValueAsString(body);
                keys.complete(key.customerId(), key.idempotencyKey(), ACCEPTED, text);
                accepted.set(new StoredResponse(ACCEPTED, text, false));
            });
            if (accepted.get() == null) {
                throw new IllegalStateException("the work ended without accepting or refusing");
            }
            return accepted.get();
        } catch (RuntimeException failed) {
            Optional<ProblemException> refusal = refusals.apply(failed);
            if (refusal.isEmpty()) {
                keys.release(key.customerId(), key.idempotencyKey());
                throw failed;
            }
            ProblemException problem = refusal.get();
            keys.completeAlone(
                    key.customerId(),
                    key.idempotencyKey(),
                    problem.type().status().value(),
                    json.writeValueAsString(ProblemResponses.problem(problem.type(), problem.getMessage(), null)));
            throw problem;
        }
    }
}
