package io.paystream.edge.security;

import io.paystream.contracts.DefaultMerchant;

/**
 * A shopper as every service sees one (ARCHITECTURE §11): the token's {@code sub} within its merchant. The same
 * {@code sub} at another merchant is another customer, who sees none of this one's orders, payments or methods.
 */
public record Customer(String merchantId, String subject) implements Caller {

    /**
     * The owner of this customer's Idempotency-Keys, as one string: {@code <merchant>/customer/<sub>}, an API key's
     * being {@code <merchant>/key/<key id>}. The default merchant's customers keep their bare {@code sub}, the owner
     * from before merchants, so that keys claimed before an upgrade, or by an instance not yet upgraded, still hold (a
     * {@code sub} is the IdP's UUID, never of the form {@code mer_…/…}).
     */
    @Override
    public String idempotencyScope() {
        return merchantId.equals(DefaultMerchant.ID) ? subject : merchantId + "/customer/" + subject;
    }
}
