package io.paystream.braintree.simulator.nonce;

/**
 * A Google Pay card, still called Android Pay on the wire: a virtual card (network token or proxy card) in front of
 * the customer's source card.
 */
public record GooglePay(
        String virtualCardType,
        String virtualCardLast4,
        String sourceCardType,
        String sourceCardLast4,
        String bin,
        String expirationMonth,
        String expirationYear,
        boolean networkTokenized)
        implements Instrument {

    @Override
    public String instrumentType() {
        return "android_pay_card";
    }

    public String sourceDescription() {
        return sourceCardType + " " + sourceCardLast4;
    }
}
