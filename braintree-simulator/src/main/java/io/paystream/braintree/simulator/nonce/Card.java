package io.paystream.braintree.simulator.nonce;

/**
 * A credit or debit card; {@code declines} marks the sandbox's processor-declined cards, whose verifications and
 * sales the simulator declines with 2000 "Do Not Honor".
 */
public record Card(
        String cardType,
        String bin,
        String last4,
        String expirationMonth,
        String expirationYear,
        String cardholderName,
        boolean declines)
        implements Instrument {

    @Override
    public String instrumentType() {
        return "credit_card";
    }

    public Card withCardholderName(String name) {
        return new Card(cardType, bin, last4, expirationMonth, expirationYear, name, declines);
    }
}
