package io.paystream.infra;

import java.util.Optional;

/**
 * The seven Spring Boot services as ARCHITECTURE §1, §11 and §14 lay them out: port, database (if any) and what each
 * talks to. Everything a stack grants a service is derived from these flags, so a service gets nothing it does not
 * use.
 */
public enum PaystreamService {
    FACADE("payments-a-facade", 8080, null, Kafka.NONE, Sqs.NONE, false, true),
    ORCHESTRATOR("payments-b-orchestrator", 8081, "orchestrator", Kafka.CONSUMER, Sqs.PRODUCER, false, true),
    WALLET("wallet-service", 8082, "wallet", Kafka.PRODUCER, Sqs.NONE, true, true),
    PLATFORM("payment-platform-service", 8083, "platform", Kafka.PRODUCER, Sqs.CONSUMER, true, false),
    ORDERS("order-service", 8084, "orders", Kafka.CONSUMER, Sqs.NONE, false, true),
    MERCHANTS("merchant-service", 8085, "merchants", Kafka.NONE, Sqs.NONE, false, true),
    WEBHOOKS("webhook-service", 8087, "webhooks", Kafka.CONSUMER, Sqs.NONE, false, true);

    /** How a service uses the Kafka topics: publishes to them through its outbox, or consumes them. */
    public enum Kafka {
        NONE,
        PRODUCER,
        CONSUMER
    }

    /** How a service uses {@code payment-requests-queue}. */
    public enum Sqs {
        NONE,
        PRODUCER,
        CONSUMER
    }

    private final String serviceName;
    private final int port;
    private final String database;
    private final Kafka kafka;
    private final Sqs sqs;
    private final boolean braintree;
    private final boolean validatesTokens;

    PaystreamService(
            String serviceName,
            int port,
            String database,
            Kafka kafka,
            Sqs sqs,
            boolean braintree,
            boolean validatesTokens) {
        this.serviceName = serviceName;
        this.port = port;
        this.database = database;
        this.kafka = kafka;
        this.sqs = sqs;
        this.braintree = braintree;
        this.validatesTokens = validatesTokens;
    }

    /** The Maven module, container image repository suffix and Cloud Map name. */
    public String serviceName() {
        return serviceName;
    }

    public int port() {
        return port;
    }

    /** Its own PostgreSQL database (and login role of the same name); the facade has none. */
    public Optional<String> database() {
        return Optional.ofNullable(database);
    }

    public Kafka kafka() {
        return kafka;
    }

    public Sqs sqs() {
        return sqs;
    }

    /** Calls the Braintree gateway, so it gets the Braintree keys. */
    public boolean usesBraintree() {
        return braintree;
    }

    /** Validates the caller's (or a service's) bearer token. */
    public boolean validatesTokens() {
        return validatesTokens;
    }

    /**
     * Seals secrets under the merchants' key-encryption key, and opens them again: the merchant service its merchants'
     * gateway credentials (§11), the webhook service its endpoints' signing secrets (§14).
     */
    public boolean sealsWithTheKeyEncryptionKey() {
        return this == MERCHANTS || this == WEBHOOKS;
    }

    /**
     * Connects to wherever merchants' webhook URLs point (§14), so its security group lets it out on 443 only, besides
     * its database and Kafka: the webhook service.
     */
    public boolean callsMerchantsServers() {
        return this == WEBHOOKS;
    }

    /** Opens the sealed credentials it fetches from the merchant service (Decrypt only). */
    public boolean opensMerchantCredentials() {
        return ApiScope.grantedTo(this).contains(ApiScope.MERCHANTS_CREDENTIALS);
    }

    /** Hashes API keys with the pepper: the merchant service when it issues them, the facade when it checks them. */
    public boolean hashesApiKeys() {
        return this == MERCHANTS || ApiScope.grantedTo(this).contains(ApiScope.MERCHANTS_API_KEYS);
    }

    /** A CloudFormation-friendly id: {@code WalletService}. */
    public String constructId() {
        StringBuilder id = new StringBuilder();
        for (String part : serviceName.split("-")) {
            id.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return id.toString();
    }
}
