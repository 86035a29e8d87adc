package io.paystream.credentials;

/** A data key encrypted by the key-encryption key {@code keyId} (a local key's id, or a KMS key ARN). */
public record WrappedKey(String keyId, byte[] bytes) {}
