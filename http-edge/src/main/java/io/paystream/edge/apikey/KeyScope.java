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
 * A route only a merchant's key reaches, with {@code scope}: a merchant's webhook endpoints are its servers' business,
 * never a shopper's, whatever scopes a shopper's token were to carry (ARCHITECTURE §14).
 */
public record KeyScope(String scope) implements AuthorizationManager<RequestAuthorizationContext> {

    @Override
    public AuthorizationResult authorize(
            Supplier<? extends Authentication> authentication, RequestAuthorizationContext request) {
        Authentication caller = authentication.get();
        return new AuthorizationDecision(caller instanceof ApiKeyAuthentication
                && caller.getAuthorities().contains(new SimpleGrantedAuthority(Scopes.authority(scope))));
    }
}
