package io.paystream.wallet.method;

/** What the wallet refuses to do, in its own words; the web layer maps each refusal to a problem type. */
public class WalletRefused extends RuntimeException {

    /** Why: no such method of the caller's, a nonce of another type, the default, a full wallet, or the key. */
    public enum Refusal {
        PAYMENT_METHOD_NOT_FOUND,
        PAYMENT_METHOD_TYPE_MISMATCH,
        DEFAULT_REQUIRED,
        WALLET_FULL,
        IDEMPOTENCY_KEY_IN_FLIGHT,
        IDEMPOTENCY_KEY_REUSED
    }

    private final Refusal refusal;

    WalletRefused(Refusal refusal, String detail) {
        super(detail);
        this.refusal = refusal;
    }

    static WalletRefused notFound() {
        return new WalletRefused(Refusal.PAYMENT_METHOD_NOT_FOUND, "No such payment method");
    }

    public Refusal refusal() {
        return refusal;
    }
}
