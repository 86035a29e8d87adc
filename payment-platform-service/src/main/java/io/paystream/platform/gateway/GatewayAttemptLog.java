package io.paystream.platform.gateway;

import io.paystream.contracts.AuditTopics;
import io.paystream.contracts.GatewayAttemptRecorded;
import io.paystream.outbox.KafkaOutbox;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where the platform's gateway attempts go to the outbox ({@value AuditTopics#GATEWAY_ATTEMPTS}). An attempt that
 * ended the operation waits, on its thread, for the transaction that records that outcome ({@link #appendWaiting},
 * one commit for both); any other is committed at once, on its own, since no outcome transaction may follow on this
 * thread (a retry runs on another delivery).
 */
@Component
public class GatewayAttemptLog {

    private static final ThreadLocal<List<String>> WAITING = ThreadLocal.withInitial(ArrayList::new);

    private final KafkaOutbox outbox;
    private final TransactionTemplate transactions;
    private final JsonMapper json;

    GatewayAttemptLog(KafkaOutbox outbox, TransactionTemplate transactions, JsonMapper json) {
        this.outbox = outbox;
        this.transactions = transactions;
        this.json = json;
    }

    void attempted(GatewayAttemptRecorded attempt, boolean endsTheOperation) {
        String payload = json.writeValueAsString(attempt);
        if (endsTheOperation) {
            WAITING.get().add(keyed(attempt.paymentId(), payload));
            return;
        }
        transactions.executeWithoutResult(
                status -> outbox.append(AuditTopics.GATEWAY_ATTEMPTS, attempt.paymentId(), payload));
    }

    /** Appends this thread's attempts waiting for the outcome now being recorded, in its transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void appendWaiting() {
        List<String> waiting = WAITING.get();
        for (String entry : waiting) {
            int split = entry.indexOf('\n');
            outbox.append(AuditTopics.GATEWAY_ATTEMPTS, entry.substring(0, split), entry.substring(split + 1));
        }
        waiting.clear();
    }

    private static String keyed(String key, String payload) {
        return key + "\n" + payload;
    }
}
