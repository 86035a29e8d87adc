package io.paystream.edge.apikey;

import java.util.Set;

/**
 * The scopes a merchant's key may hold (ARCHITECTURE §11), for merchant-service that issues keys and the services that
 * take a key's calls; shopper and internal scopes are not among them.
 */
public final class ApiKeyScopes {

    public static final Set<String> ALL = Set.of(
            "payments:read",
            "payments:write",
            "orders:read",
            "webhooks:manage",
            "risk:review",
            "risk:manage",
            "audit:read");

    /** {@link #ALL} as a regular expression, for a constraint annotation. */
    public static final String PATTERN =
            "payments:read|payments:write|orders:read|webhooks:manage|risk:review|risk:manage|audit:read";

    private ApiKeyScopes() {}
}
