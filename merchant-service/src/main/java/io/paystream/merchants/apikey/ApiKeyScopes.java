package io.paystream.merchants.apikey;

import java.util.Set;

/** The scopes a merchant's key may hold (ARCHITECTURE §11); shopper and internal scopes are not among them. */
final class ApiKeyScopes {

    static final Set<String> ALL = Set.of(
            "payments:read",
            "payments:write",
            "orders:read",
            "webhooks:manage",
            "risk:review",
            "risk:manage",
            "audit:read");

    static final String PATTERN =
            "payments:read|payments:write|orders:read|webhooks:manage|risk:review|risk:manage|audit:read";

    private ApiKeyScopes() {}
}
