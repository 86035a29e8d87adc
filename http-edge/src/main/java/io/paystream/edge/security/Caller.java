package io.paystream.edge.security;

import java.util.Optional;

/**
 * Who a request acts for, always within one merchant: a shopper ({@link Customer}, from a token) sees only their own
 * resources, an API key ({@link ApiKeyCaller}) all of its merchant's. Nothing is ever seen across merchants.
 */
public sealed interface Caller permits Customer, ApiKeyCaller {

    String merchantId();

    /** The owner of the caller's Idempotency-Keys (ARCHITECTURE §4 and §11). */
    String idempotencyScope();

    /** The one customer the caller is limited to; empty for a key, which sees every customer of its merchant. */
    default Optional<String> customerId() {
        return this instanceof Customer customer ? Optional.of(customer.subject()) : Optional.empty();
    }
}
