package io.paystream.edge.apikey;

import io.paystream.edge.security.Scopes;
import java.util.function.Supplier;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * A route a shopper's token reaches with one scope and a merchant's key with another: a payment's audit is the
 * shopper's with {@code payments:read}, but a key needs {@code audit:read} (ARCHITECTURE §12).
 */
public record ShopperOrKeyScope(String shopperScope, String keyScope)
        implements AuthorizationManager<RequestAuthorizationContext> {

    @Override
    public AuthorizationResult authorize(
            Supplier<? extends Authentication> authentication, RequestAuthorizationContext request) {
        Authentication caller = authentication.get();
        String scope = caller instanceof ApiKeyAuthentication ? keyScope : shopperScope;
        return new AuthorizationDecision(
                caller.getAuthorities().contains(new SimpleGrantedAuthority(Scopes.authority(scope))));
    }
}
