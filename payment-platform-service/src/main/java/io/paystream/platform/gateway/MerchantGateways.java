package io.paystream.platform.gateway;

import io.paystream.contracts.PaymentJob;
import io.paystream.credentials.client.PerMerchant;

/**
 * Each job at its own merchant's Braintree (ARCHITECTURE §11): one gateway per merchant ({@link PerMerchant}), so a
 * job pays no remote call once its merchant's gateway is warm. A merchant without credentials fails its jobs with
 * {@value #NOT_CONFIGURED}, nothing sent; credentials that cannot be had now are a transient failure, never a final
 * one.
 */
final class MerchantGateways implements Gateway {

    static final String NOT_CONFIGURED = "merchant_not_configured";

    private final PerMerchant<Gateway> gateways;

    MerchantGateways(PerMerchant<Gateway> gateways) {
        this.gateways = gateways;
    }

    @Override
    public GatewayOutcome execute(PaymentJob job) {
        return switch (gateways.get(job.merchantId())) {
            case PerMerchant.Configured<Gateway> configured ->
                configured.client().execute(job);
            case PerMerchant.NotConfigured<Gateway> none ->
                new GatewayOutcome.Failed(
                        NOT_CONFIGURED, "Merchant " + job.merchantId() + " has no gateway credentials");
            case PerMerchant.Unavailable<Gateway> unavailable -> new GatewayOutcome.Transient(unavailable.reason());
        };
    }

    @Override
    public Lookup lookup(PaymentJob job) {
        return switch (gateways.get(job.merchantId())) {
            case PerMerchant.Configured<Gateway> configured ->
                configured.client().lookup(job);
            // Credentials are replaced, never removed: without any, nothing was ever sent for this merchant.
            case PerMerchant.NotConfigured<Gateway> none -> new Lookup.NoRecord();
            case PerMerchant.Unavailable<Gateway> unavailable -> new Lookup.Unreadable(unavailable.reason());
        };
    }
}
