package io.paystream.infra;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The OAuth 2.0 scopes of ARCHITECTURE §3 and the internal ones of §11. Cognito names a resource server's scope {@code <identifier>/<scope>},
 * so tokens carry {@code paystream-api/payments:write}; {@link #qualified()} is that name.
 */
public enum ApiScope {
    ORDERS_READ("orders:read", "Read your orders"),
    ORDERS_WRITE("orders:write", "Create orders"),
    WALLET_READ("wallet:read", "Read your stored payment methods"),
    WALLET_WRITE("wallet:write", "Add, change and remove your payment methods"),
    PAYMENTS_READ("payments:read", "Read your payments"),
    PAYMENTS_WRITE("payments:write", "Approve, deposit, reverse and refund your payments"),
    WALLET_INTERNAL(
            "wallet:internal",
            "Read gateway tokens of payment methods (orchestrator only)",
            PaystreamService.ORCHESTRATOR),
    MERCHANTS_CREDENTIALS(
            "merchants:credentials",
            "Read merchants' sealed gateway credentials (platform and wallet services only)",
            PaystreamService.PLATFORM,
            PaystreamService.WALLET),
    MERCHANTS_API_KEYS(
            "merchants:api-keys",
            "Look up merchants' API keys by their keyed hash (facade only)",
            PaystreamService.FACADE),
    API_KEYS_ACT(
            "api-keys:act",
            "Pass a checked API key's call on to the services behind the facade (facade only)",
            PaystreamService.FACADE);

    /** The resource server identifier; also the audience name the services use locally. */
    public static final String RESOURCE_SERVER = "paystream-api";

    private final String scopeName;
    private final String description;
    private final Set<PaystreamService> services;

    ApiScope(String scopeName, String description, PaystreamService... services) {
        this.scopeName = scopeName;
        this.description = description;
        this.services = Set.of(services);
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

    /** The scopes a checkout client (a customer) may ask for: all but the services' internal ones. */
    public boolean forCustomers() {
        return services.isEmpty();
    }

    /** The internal scopes a service's own client-credentials client may ask for (none for most). */
    public static List<ApiScope> grantedTo(PaystreamService service) {
        return Arrays.stream(values())
                .filter(scope -> scope.services.contains(service))
                .toList();
    }
}
