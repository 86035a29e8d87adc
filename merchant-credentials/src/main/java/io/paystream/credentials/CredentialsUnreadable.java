package io.paystream.credentials;

/** Sealed credentials that cannot be opened: their key is gone or retired, or the bytes or the merchant do not match. */
public class CredentialsUnreadable extends RuntimeException {

    public CredentialsUnreadable(String message, Throwable cause) {
        super(message, cause);
    }

    public CredentialsUnreadable(String message) {
        super(message);
    }
}
