package io.paystream.webhooks.endpoint;

import org.springframework.http.ResponseEntity;

/** An answer to a POST, and whether it is the replay of the first request's under the same Idempotency-Key. */
public record Answered<T>(T body, boolean replayed) {

    /** The answer, marked {@code Idempotent-Replayed} when it is the first request's again (ARCHITECTURE §4). */
    public ResponseEntity<T> as(ResponseEntity.BodyBuilder answer) {
        if (replayed) {
            answer.header("Idempotent-Replayed", "true");
        }
        return answer.body(body);
    }
}
