package io.paystream.merchants.credentials;

import io.paystream.credentials.Envelope;
import io.paystream.credentials.Rewrapping;
import io.paystream.merchants.merchant.Merchant;
import io.paystream.merchants.merchant.Merchants;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * After a new key-encryption key became the current one: re-wraps every data key still under an earlier one, a batch
 * per transaction, so that the earlier key can be retired. The credentials' ciphertext is not touched.
 */
@Service
class KeyRotation {

    private static final Logger log = LoggerFactory.getLogger(KeyRotation.class);
    private static final int BATCH = 100;

    private final Merchants merchants;
    private final Envelope envelope;
    private final TransactionTemplate transactions;

    KeyRotation(Merchants merchants, Envelope envelope, TransactionTemplate transactions) {
        this.merchants = merchants;
        this.envelope = envelope;
        this.transactions = transactions;
    }

    Rewrapping rewrapAll() {
        String current = envelope.currentKeyId();
        Rewrapping report = Rewrapping.run(
                current,
                BATCH,
                limit -> transactions.execute(status -> {
                    List<Merchant> earlier = merchants.lockWrappedByOtherThan(current, limit);
                    earlier.forEach(merchant ->
                            merchants.rewrap(merchant.id(), envelope.rewrap(merchant.id(), merchant.credentials())));
                    return earlier.size();
                }),
                () -> merchants.countWrappedByOtherThan(current));
        log.info(
                "Re-wrapped {} data keys under key-encryption key {}; {} remain under earlier keys",
                report.rewrapped(),
                current,
                report.remaining());
        return report;
    }
}
