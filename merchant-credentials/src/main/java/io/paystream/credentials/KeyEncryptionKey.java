package io.paystream.credentials;

/**
 * Wraps and unwraps merchants' data keys. New data keys are wrapped by the current key; a data key wrapped by an
 * earlier one unwraps as long as that key is kept, which is what lets a rotation re-wrap first and retire after.
 */
public interface KeyEncryptionKey {

    /** The key that wraps from now on. */
    String currentKeyId();

    /** Wraps with the current key, bound to {@code merchantId}: a wrapped key copied to another merchant opens not. */
    WrappedKey wrap(byte[] dataKey, String merchantId);

    byte[] unwrap(WrappedKey wrapped, String merchantId);
}
