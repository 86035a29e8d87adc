package io.paystream.credentials;

import java.util.function.IntUnaryOperator;
import java.util.function.LongSupplier;

/**
 * What a re-wrap after a key-encryption key rotation did: the key that now wraps, how many data keys this run
 * re-wrapped, and how many are still under another (0 lets the earlier keys retire). Every service that seals with
 * the key-encryption key re-wraps its own rows this way.
 */
public record Rewrapping(String currentKeyId, int rewrapped, long remaining) {

    /**
     * Runs {@code batch} (re-wraps up to that many data keys still under another key than {@code currentKeyId}, in one
     * transaction, and returns how many it did) until a batch comes back short, then counts what is left.
     */
    public static Rewrapping run(String currentKeyId, int batchSize, IntUnaryOperator batch, LongSupplier remaining) {
        int rewrapped = 0;
        int done;
        do {
            done = batch.applyAsInt(batchSize);
            rewrapped += done;
        } while (done == batchSize);
        return new Rewrapping(currentKeyId, rewrapped, remaining.getAsLong());
    }
}
