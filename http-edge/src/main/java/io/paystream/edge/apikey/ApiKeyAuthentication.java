package io.paystream.edge.apikey;

import io.paystream.edge.security.ApiKeyCaller;
import io.paystream.edge.security.Scopes;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** An authenticated API key: its caller as principal, its scopes as authorities, no credentials kept. */
public final class ApiKeyAuthentication extends AbstractAuthenticationToken {

    private final ApiKeyCaller caller;
    private final List<String> scopes;

    ApiKeyAuthentication(ApiKeyCaller caller, List<String> scopes) {
        super(scopes.stream()
                .map(scope -> new SimpleGrantedAuthority(Scopes.authority(scope)))
                .toList());
        this.caller = caller;
        this.scopes = List.copyOf(scopes);
        setAuthenticated(true);
    }

    @Override
    public ApiKeyCaller getPrincipal() {
        return caller;
    }

    /** The key's scopes, as it was given them. */
    public List<String> scopes() {
        return scopes;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public String getName() {
        return caller.keyId();
    }
}
