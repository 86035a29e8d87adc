package io.paystream.wallet.vault;

/** Braintree did not answer, or answered with a server error: nothing can be said, try again later. */
public class VaultUnavailable extends RuntimeException {

    public VaultUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
