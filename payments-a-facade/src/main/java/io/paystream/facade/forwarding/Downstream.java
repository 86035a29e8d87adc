package io.paystream.facade.forwarding;

/** The services behind the facade, each owning a part of the public API. */
public enum Downstream {
    /** {@code /v1/orders/**}: order-service. */
    ORDERS("orders"),
    /** {@code /v1/wallet/**}: wallet-service. */
    WALLET("wallet"),
    /** {@code /v1/payments/**}: payments-orchestrator. */
    PAYMENTS("payments"),
    /** {@code /v1/webhook-endpoints/**}, {@code /v1/webhook-deliveries/**}: webhook-service. */
    WEBHOOKS("webhooks");

    private final String service;

    Downstream(String service) {
        this.service = service;
    }

    /** The name in logs and metric tags. */
    public String service() {
        return service;
    }
}
