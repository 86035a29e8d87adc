package io.paystream.braintree.simulator.vault;

import io.paystream.braintree.simulator.nonce.ApplePay;
import io.paystream.braintree.simulator.nonce.Card;
import io.paystream.braintree.simulator.nonce.GooglePay;
import io.paystream.braintree.simulator.nonce.PayPal;
import io.paystream.braintree.simulator.xml.XmlWriter;
import java.util.Locale;

/**
 * Writes a vaulted payment method under the root element from which braintree-java picks its class
 * ({@code credit-card}, {@code paypal-account}, {@code apple-pay-card}, {@code android-pay-card}).
 */
final class PaymentMethodXml {

    private PaymentMethodXml() {}

    static void write(XmlWriter xml, VaultedPaymentMethod method) {
        switch (method.instrument()) {
            case Card card -> {
                header(xml.open("credit-card"), method)
                        .element("bin", card.bin())
                        .element("last-4", card.last4())
                        .element("card-type", card.cardType())
                        .element("expiration-month", card.expirationMonth())
                        .element("expiration-year", card.expirationYear())
                        .element("expiration-date", card.expirationMonth() + "/" + card.expirationYear())
                        .element("masked-number", card.bin() + "******" + card.last4())
                        .element("cardholder-name", card.cardholderName())
                        .bool("expired", false)
                        .element("unique-number-identifier", card.bin() + card.last4())
                        .openArray("subscriptions")
                        .close()
                        .openArray("verifications");
                if (method.verification() != null) {
                    verification(xml, method.verification(), card);
                }
                xml.close();
            }
            case PayPal payPal ->
                header(xml.open("paypal-account"), method)
                        .element("email", payPal.payerEmail())
                        .element("payer-id", payPal.payerId())
                        .element("billing-agreement-id", "B-" + method.token().toUpperCase(Locale.ROOT))
                        .nil("revoked-at");
            case ApplePay applePay ->
                header(xml.open("apple-pay-card"), method)
                        .element("card-type", applePay.cardType())
                        .element("bin", applePay.bin())
                        .element("last-4", applePay.last4())
                        .element("expiration-month", applePay.expirationMonth())
                        .element("expiration-year", applePay.expirationYear())
                        .element("payment-instrument-name", applePay.paymentInstrumentName())
                        .element("source-description", applePay.sourceDescription())
                        .element("source-card-last4", applePay.sourceCardLast4())
                        .bool("expired", false)
                        .bool("is-device-token", true);
            case GooglePay googlePay ->
                header(xml.open("android-pay-card"), method)
                        .element("virtual-card-type", googlePay.virtualCardType())
                        .element("virtual-card-last-4", googlePay.virtualCardLast4())
                        .element("source-card-type", googlePay.sourceCardType())
                        .element("source-card-last-4", googlePay.sourceCardLast4())
                        .element("source-description", googlePay.sourceDescription())
                        .element("google-transaction-id", "gtx-" + method.token())
                        .bool("is-network-tokenized", googlePay.networkTokenized())
                        .element("bin", googlePay.bin())
                        .element("expiration-month", googlePay.expirationMonth())
                        .element("expiration-year", googlePay.expirationYear());
        }
        xml.close();
    }

    private static XmlWriter header(XmlWriter xml, VaultedPaymentMethod method) {
        return xml.element("token", method.token())
                .element("customer-id", method.customerId())
                .bool("default", method.isDefault())
                .element("image-url", "https://assets.braintreegateway.com/payment_method_logo/simulator.png")
                .datetime("created-at", method.createdAt())
                .datetime("updated-at", method.createdAt());
    }

    /** A {@code payment-method-nonce} minted from a vaulted method, with the details the SDK shows for it. */
    static void nonce(XmlWriter xml, String nonce, VaultedPaymentMethod method) {
        xml.open("payment-method-nonce")
                .element("nonce", nonce)
                .element("type", nonceType(method))
                .bool("default", method.isDefault())
                .bool("consumed", false)
                .bool("locked", false)
                .open("details");
        switch (method.instrument()) {
            case Card card -> cardDetails(xml, card.cardType(), card.bin(), card.last4());
            case ApplePay applePay -> cardDetails(xml, applePay.cardType(), applePay.bin(), applePay.last4());
            case GooglePay googlePay ->
                cardDetails(xml, googlePay.virtualCardType(), googlePay.bin(), googlePay.virtualCardLast4());
            case PayPal payPal -> xml.element("email", payPal.payerEmail());
        }
        xml.close().close();
    }

    private static String nonceType(VaultedPaymentMethod method) {
        return switch (method.instrument()) {
            case Card card -> "CreditCard";
            case PayPal payPal -> "PayPalAccount";
            case ApplePay applePay -> "ApplePayCard";
            case GooglePay googlePay -> "AndroidPayCard";
        };
    }

    private static void cardDetails(XmlWriter xml, String cardType, String bin, String last4) {
        xml.element("card-type", cardType)
                .element("bin", bin)
                .element("last-four", last4)
                .element("last-two", last4.substring(2));
    }

    static void verification(XmlWriter xml, Verification verification, Card card) {
        xml.open("verification")
                .element("id", verification.id())
                .element("status", verification.status())
                .element("processor-response-code", verification.processorResponseCode())
                .element("processor-response-text", verification.processorResponseText())
                .element("processor-response-type", verification.processorResponseType())
                .element("merchant-account-id", verification.merchantAccountId())
                .element("currency-iso-code", verification.currencyIsoCode())
                .nil("gateway-rejection-reason")
                .element("cvv-response-code", "I")
                .element("avs-postal-code-response-code", "I")
                .element("avs-street-address-response-code", "I")
                .datetime("created-at", verification.createdAt())
                .open("credit-card")
                .element("bin", card.bin())
                .element("last-4", card.last4())
                .element("card-type", card.cardType())
                .element("expiration-month", card.expirationMonth())
                .element("expiration-year", card.expirationYear())
                .element("cardholder-name", card.cardholderName())
                .close()
                .close();
    }
}
