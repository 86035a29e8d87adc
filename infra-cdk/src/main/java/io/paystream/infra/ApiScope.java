package io.paystream.infra;

/**
 * The OAuth 2.0 scopes of ARCHITECTURE §3. Cognito names a resource server's scope {@code <identifier>/<scope>},
 * so tokens carry {@code paystream-api/payments:write}; {@link #qualified()} is that name.
 */
public enum ApiScope {
    ORDERS_READ("orders:read", "Read your orders"),
    ORDERS_WRITE("orders:write", "Create orders"),
    WALLET_READ("wallet:read", "Read your stored payment methods"),
    WALLET_WRITE("wallet:write", "Add, change and remove your payment methods"),
    PAYMENTS_READ("payments:read", "Read your payments"),
    PAYMENTS_WRITE("payments:write", "Approve, deposit, reverse and refund your payments"),
    WALLET_INTERNAL("wallet:internal", "Read gateway tokens of payment methods (orchestrator only)");

    /** The resource server identifier; also the audience name the services use locally. */
    public static final String RESOURCE_SERVER = "paystream-api";

    private final String scopeName;
    private final String description;

    ApiScope(String scopeName, String description) {
        this.scopeName = scopeName;
        this.description = description;
    }

    public String scopeName() {
        return scopeName;
    }

    public String description() {
        return description;
    }

    public String qualified() {
        return RESOURCE_SERVER + "/" + scopeName;
    }

    /** The scopes a checkout client (a customer) may ask for: all but the orchestrator's. */
    public boolean forCustomers() {
        return this != WALLET_INTERNAL;
    }
}
