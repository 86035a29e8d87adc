package io.paystream.braintree.simulator.vault;

import io.paystream.braintree.simulator.http.ApiErrorResponse;
import io.paystream.braintree.simulator.http.ValidationError;
import io.paystream.braintree.simulator.nonce.Card;
import io.paystream.braintree.simulator.nonce.Instrument;
import io.paystream.braintree.simulator.nonce.Nonces;
import io.paystream.braintree.simulator.nonce.PayPal;
import io.paystream.braintree.simulator.xml.XmlWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Stores a nonce's instrument for a customer: resolves and consumes the nonce, refuses one-time PayPal, runs the
 * card verification when asked, with the error codes of the call that vaults (payment method or customer create).
 */
final class Vaulting {

    /** Where the vaulting came from, which decides where its errors nest and their codes. */
    enum Entry {
        PAYMENT_METHOD(List.of(), "payment-method", "93108", "93107"),
        CUSTOMER(List.of("customer"), "credit-card", "91732", "91731");

        private final List<String> parent;
        private final String nonceObject;
        private final String unknownCode;
        private final String consumedCode;

        Entry(List<String> parent, String nonceObject, String unknownCode, String consumedCode) {
            this.parent = parent;
            this.nonceObject = nonceObject;
            this.unknownCode = unknownCode;
            this.consumedCode = consumedCode;
        }

        ApiErrorResponse error(String object, String attribute, String code, String message) {
            List<String> path = new ArrayList<>(parent);
            path.add(object);
            return ApiErrorResponse.of(new ValidationError(path, attribute, code, message));
        }
    }

    /** What the request asked for; {@code token} and {@code cardholderName} may be null. */
    record Request(
            String customerId,
            String nonce,
            String token,
            String cardholderName,
            boolean makeDefault,
            boolean verifyCard) {}

    private final Vault vault;
    private final Nonces nonces;
    private final Clock clock;
    private final String merchantAccountId;
    private final String currency;

    Vaulting(Vault vault, Nonces nonces, Clock clock, String merchantAccountId, String currency) {
        this.vault = vault;
        this.nonces = nonces;
        this.clock = clock;
        this.merchantAccountId = merchantAccountId;
        this.currency = currency;
    }

    VaultedPaymentMethod vault(Request request, Entry entry) {
        Instrument instrument = switch (nonces.resolve(request.nonce())) {
            case Nonces.Usable usable -> usable.instrument();
            case Nonces.Consumed consumed ->
                throw entry.error(
                        entry.nonceObject,
                        "payment_method_nonce",
                        entry.consumedCode,
                        "Cannot use a payment_method_nonce more than once.");
            case Nonces.Unknown unknown ->
                throw entry.error(
                        entry.nonceObject, "payment_method_nonce", entry.unknownCode, "Unknown payment_method_nonce.");
        };
        if (!instrument.vaultable()) {
            throw entry.error("paypal-account", "base", "82902", "Cannot vault one-time use PayPal account.");
        }
        if (request.token() != null && vault.method(request.token()).isPresent()) {
            throw instrument instanceof PayPal
                    ? entry.error("paypal-account", "token", "92906", "Token is already in use.")
                    : entry.error("credit-card", "token", "91719", "Token is already in use.");
        }
        Verification verification = null;
        if (instrument instanceof Card card) {
            if (request.cardholderName() != null) {
                instrument = card = card.withCardholderName(request.cardholderName());
            }
            if (request.verifyCard()) {
                verification = verify(card);
            }
        }
        String token = request.token() != null ? request.token() : vault.newToken();
        vault.add(
                new VaultedPaymentMethod(token, request.customerId(), instrument, false, clock.instant(), verification),
                request.makeDefault());
        nonces.consume(request.nonce());
        return vault.method(token).orElseThrow();
    }

    private Verification verify(Card card) {
        String id = Vault.randomAlphanumeric(8);
        if (!card.declines()) {
            return new Verification(
                    id, "verified", "1000", "Approved", "approved", merchantAccountId, currency, clock.instant());
        }
        Verification declined = new Verification(
                id,
                "processor_declined",
                "2000",
                "Do Not Honor",
                "soft_declined",
                merchantAccountId,
                currency,
                clock.instant());
        throw ApiErrorResponse.declined("Do Not Honor", xml -> writeVerification(xml, declined, card));
    }

    private static void writeVerification(XmlWriter xml, Verification verification, Card card) {
        PaymentMethodXml.verification(xml, verification, card);
    }
}
