package io.paystream.braintree.simulator.nonce;

/** What a nonce or a vaulted token pays with, with the display details the gateway returns for it. */
public sealed interface Instrument permits Card, PayPal, ApplePay, GooglePay {

    /** The transaction's {@code payment-instrument-type}. */
    String instrumentType();

    /** Whether the vault accepts it (a one-time PayPal nonce is not vaultable). */
    default boolean vaultable() {
        return true;
    }
}
