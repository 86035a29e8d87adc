package io.paystream.braintree.simulator.transaction;

import io.paystream.braintree.simulator.http.ValidationError;
import io.paystream.braintree.simulator.nonce.Nonces;
import io.paystream.braintree.simulator.vault.Vault;
import io.paystream.braintree.simulator.vault.VaultedPaymentMethod;
import io.paystream.braintree.simulator.xml.XmlNode;
import java.util.List;
import java.util.Optional;

/** Finds what a sale pays with: a nonce first, else a vaulted token, checked against the customer when one is named. */
final class PaymentSources {

    private final Nonces nonces;
    private final Vault vault;

    PaymentSources(Nonces nonces, Vault vault) {
        this.nonces = nonces;
        this.vault = vault;
    }

    /** The payment, or null with the gateway's errors added to {@code errors}. */
    Payment resolve(XmlNode sale, List<ValidationError> errors) {
        String nonce = sale.text("paymentMethodNonce");
        String token = sale.text("paymentMethodToken");
        String customerId = sale.text("customerId");
        if (customerId != null && vault.customer(customerId).isEmpty()) {
            errors.add(error("customer_id", "91510", "Customer ID is invalid."));
        }
        if (nonce != null) {
            return switch (nonces.resolve(nonce)) {
                case Nonces.Usable usable -> fromNonce(usable, customerId);
                case Nonces.Consumed consumed -> {
                    errors.add(error(
                            "payment_method_nonce", "91564", "Cannot use a payment_method_nonce more than once."));
                    yield null;
                }
                case Nonces.Unknown unknown -> {
                    errors.add(error("payment_method_nonce", "91565", "Unknown payment_method_nonce."));
                    yield null;
                }
            };
        }
        if (token != null) {
            Optional<VaultedPaymentMethod> method = vault.method(token);
            if (method.isEmpty()) {
                errors.add(error("payment_method_token", "91518", "Payment method token is invalid."));
                return null;
            }
            if (customerId != null && !customerId.equals(method.get().customerId())) {
                errors.add(error(
                        "base",
                        "91516",
                        "Cannot provide both payment_method_token and customer_id unless the payment_method belongs"
                                + " to the customer."));
                return null;
            }
            return new Payment(method.get().instrument(), token, method.get().customerId(), null);
        }
        errors.add(error("base", "91508", "Cannot determine payment method."));
        return null;
    }

    private Payment fromNonce(Nonces.Usable usable, String customerId) {
        String owner = Optional.ofNullable(usable.vaultedToken())
                .flatMap(vault::method)
                .map(VaultedPaymentMethod::customerId)
                .orElse(customerId);
        return new Payment(usable.instrument(), usable.vaultedToken(), owner, usable.nonce());
    }

    private static ValidationError error(String attribute, String code, String message) {
        return ValidationError.on("transaction", attribute, code, message);
    }
}
