package io.paystream.wallet.method;

import io.paystream.contracts.DefaultMerchant;
import io.paystream.edge.security.Customer;
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

    @GetMapping("/internal/merchants/{merchantId}/customers/{customerId}/payment-methods/{id}")
    InternalPaymentMethodView lookup(
            @PathVariable String merchantId, @PathVariable String customerId, @PathVariable String id) {
        return wallet.internalLookup(new Customer(merchantId, customerId), id);
    }

    /** The path from before merchants, for an orchestrator not yet upgraded: mer_demo's customers. */
    @GetMapping("/internal/customers/{customerId}/payment-methods/{id}")
    InternalPaymentMethodView lookupAtDefaultMerchant(@PathVariable String customerId, @PathVariable String id) {
        return wallet.internalLookup(new Customer(DefaultMerchant.ID, customerId), id);
    }
}
