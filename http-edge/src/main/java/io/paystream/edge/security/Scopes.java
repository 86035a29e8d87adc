package io.paystream.edge.security;

/** OAuth 2.0 scopes as Spring Security authorities. */
public final class Scopes {

    private Scopes() {}

    /** The authority a token carrying {@code scope} has. */
    public static String authority(String scope) {
        return "SCOPE_" + scope;
    }
}
