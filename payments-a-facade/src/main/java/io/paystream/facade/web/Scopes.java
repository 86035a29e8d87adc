package io.paystream.facade.web;

import java.util.LinkedHashMap;
import java.util.Map;

/** The OAuth 2.0 scopes of the public API (ARCHITECTURE §3), named once for security rules and the API description. */
public final class Scopes {

    public static final String ORDERS_READ = "orders:read";
    public static final String ORDERS_WRITE = "orders:write";
    public static final String WALLET_READ = "wallet:read";
    public static final String WALLET_WRITE = "wallet:write";
    public static final String PAYMENTS_READ = "payments:read";
    public static final String PAYMENTS_WRITE = "payments:write";
    /**
     * A merchant's API key reading a payment's audit records (a key scope, not among the OAuth scopes of {@link #ALL});
     * a shopper reads their own payment's with {@link #PAYMENTS_READ}.
     */
    public static final String AUDIT_READ = "audit:read";
    /** A merchant's API key managing its webhook endpoints and deliveries (a key scope, not among {@link #ALL}). */
    public static final String WEBHOOKS_MANAGE = "webhooks:manage";

    /** Every scope with what it allows, in the order the API description lists them. */
    public static final Map<String, String> ALL = all();

    private Scopes() {}

    private static Map<String, String> all() {
        Map<String, String> scopes = new LinkedHashMap<>();
        scopes.put(ORDERS_READ, "Read the caller's orders");
        scopes.put(ORDERS_WRITE, "Create orders");
        scopes.put(WALLET_READ, "Read the caller's stored payment methods");
        scopes.put(WALLET_WRITE, "Add, change and delete the caller's stored payment methods");
        scopes.put(PAYMENTS_READ, "Read the caller's payments");
        scopes.put(PAYMENTS_WRITE, "Approve, deposit, reverse and refund the caller's payments");
        return java.util.Collections.unmodifiableMap(scopes);
    }
}
