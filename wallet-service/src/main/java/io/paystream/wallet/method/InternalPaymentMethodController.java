package io.paystream.wallet.method;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The orchestrator's lookup of a customer's method and its gateway token (scope {@code wallet:internal}). */
@RestController
class InternalPaymentMethodController {

    private final WalletService wallet;

    InternalPaymentMethodController(WalletService wallet) {
        this.wallet = wallet;
    }

    @GetMapping("/internal/customers/{customerId}/payment-methods/{id}")
    InternalPaymentMethodView lookup(@PathVariable String customerId, @PathVariable String id) {
        return wallet.internalLookup(customerId, id);
    }
}
