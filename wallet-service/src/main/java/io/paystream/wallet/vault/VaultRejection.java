package io.paystream.wallet.vault;

/** The vault refused the nonce or its verification: final for this nonce, the customer's to fix. */
public class VaultRejection extends RuntimeException {

    private final String code;

    public VaultRejection(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
