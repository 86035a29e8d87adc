package io.paystream.braintree.simulator.nonce;

/** A PayPal account; a one-time (checkout) nonce pays once and cannot be vaulted. */
public record PayPal(String payerEmail, String payerId, String payerFirstName, String payerLastName, boolean oneTime)
        implements Instrument {

    @Override
    public String instrumentType() {
        return "paypal_account";
    }

    @Override
    public boolean vaultable() {
        return !oneTime;
    }
}
