package io.paystream.edge.security;

/** Operator roles (a Keycloak realm role, a Cognito group) as Spring Security authorities. */
public final class Roles {

    /** The operators who manage merchants, their keys and the key-encryption key (ARCHITECTURE §11). */
    public static final String ADMIN = "paystream-admin";

    private Roles() {}

    /** The authority a token of a user holding {@code role} has. */
    public static String authority(String role) {
        return "ROLE_" + role;
    }
}
