package io.paystream.audit;

import java.util.Objects;

/** Who asked for what an audit entry records: a shopper, a merchant's API key, an operator, or the system itself. */
public record Actor(Type type, String id) {

    public enum Type {
        CUSTOMER,
        API_KEY,
        OPERATOR,
        SYSTEM
    }

    public Actor {
        Objects.requireNonNull(type, "type");
        AuditText.require(id, "actor id");
    }

    public static Actor customer(String sub) {
        return new Actor(Type.CUSTOMER, sub);
    }

    public static Actor apiKey(String keyId) {
        return new Actor(Type.API_KEY, keyId);
    }

    public static Actor operator(String sub) {
        return new Actor(Type.OPERATOR, sub);
    }

    /** A part of the platform acting on its own: a retry, the reconciler. */
    public static Actor system(String component) {
        return new Actor(Type.SYSTEM, component);
    }

    /** {@code customer:alice}, as the canonical form and the API show it. */
    @Override
    public String toString() {
        return type.name().toLowerCase(java.util.Locale.ROOT) + ":" + id;
    }
}
