package io.paystream.braintree.simulator.transaction;

import io.paystream.braintree.simulator.nonce.ApplePay;
import io.paystream.braintree.simulator.nonce.Card;
import io.paystream.braintree.simulator.nonce.GooglePay;
import io.paystream.braintree.simulator.nonce.PayPal;
import io.paystream.braintree.simulator.xml.XmlWriter;
import java.util.Locale;

/**
 * Writes the instrument block of a transaction ({@code credit-card}, {@code paypal}, {@code apple-pay},
 * {@code android-pay-card}) that braintree-java exposes as its card, PayPal, Apple Pay and Google Pay details.
 */
final class InstrumentDetailsXml {

    private InstrumentDetailsXml() {}

    static void write(XmlWriter xml, Payment payment, String transactionId) {
        String token = payment.token();
        switch (payment.instrument()) {
            case Card card ->
                xml.open("credit-card")
                        .element("token", token)
                        .element("bin", card.bin())
                        .element("last-4", card.last4())
                        .element("card-type", card.cardType())
                        .element("expiration-month", card.expirationMonth())
                        .element("expiration-year", card.expirationYear())
                        .element("cardholder-name", card.cardholderName())
                        .element("masked-number", card.bin() + "******" + card.last4())
                        .element("customer-location", "US")
                        .element("unique-number-identifier", card.bin() + card.last4())
                        .close();
            case PayPal payPal ->
                xml.open("paypal")
                        .element("token", token)
                        .element("payer-email", payPal.payerEmail())
                        .element("payer-id", payPal.payerId())
                        .element("payer-first-name", payPal.payerFirstName())
                        .element("payer-last-name", payPal.payerLastName())
                        .element("payer-status", "VERIFIED")
                        .element("payment-id", "PAYID-" + transactionId.toUpperCase(Locale.ROOT))
                        .element("authorization-id", "AUTH-" + transactionId.toUpperCase(Locale.ROOT))
                        .nil("capture-id")
                        .close();
            case ApplePay applePay ->
                xml.open("apple-pay")
                        .element("token", token)
                        .element("card-type", applePay.cardType())
                        .element("bin", applePay.bin())
                        .element("last-4", applePay.last4())
                        .element("expiration-month", applePay.expirationMonth())
                        .element("expiration-year", applePay.expirationYear())
                        .element("payment-instrument-name", applePay.paymentInstrumentName())
                        .element("source-description", applePay.sourceDescription())
                        .element("source-card-last4", applePay.sourceCardLast4())
                        .bool("is-device-token", true)
                        .close();
            case GooglePay googlePay ->
                xml.open("android-pay-card")
                        .element("token", token)
                        .element("virtual-card-type", googlePay.virtualCardType())
                        .element("virtual-card-last-4", googlePay.virtualCardLast4())
                        .element("source-card-type", googlePay.sourceCardType())
                        .element("source-card-last-4", googlePay.sourceCardLast4())
                        .element("source-description", googlePay.sourceDescription())
                        .element("google-transaction-id", "gtx-simulator")
                        .bool("is-network-tokenized", googlePay.networkTokenized())
                        .element("bin", googlePay.bin())
                        .element("expiration-month", googlePay.expirationMonth())
                        .element("expiration-year", googlePay.expirationYear())
                        .close();
        }
    }
}
