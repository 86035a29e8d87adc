package io.paystream.braintree.simulator.nonce;

/** An Apple Pay device card; {@code cardType} reads like the gateway's, e.g. {@code Apple Pay - Visa}. */
public record ApplePay(
        String cardType,
        String bin,
        String last4,
        String expirationMonth,
        String expirationYear,
        String paymentInstrumentName,
        String sourceDescription,
        String sourceCardLast4)
        implements Instrument {

    @Override
    public String instrumentType() {
        return "apple_pay_card";
    }
}
