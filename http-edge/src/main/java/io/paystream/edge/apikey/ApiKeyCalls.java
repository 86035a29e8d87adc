package io.paystream.edge.apikey;

import io.paystream.servicetokens.ServiceTokens;
import org.springframework.http.HttpHeaders;

/**
 * How the edge that checked an API key passes the key's call on to a service behind it (ARCHITECTURE §11): never the
 * key itself, but the edge's own token, whose {@value ApiKeyDelegation#SCOPE} lets the service believe the key's id,
 * merchant and scopes in {@link ApiKeyDelegation}'s headers.
 */
public final class ApiKeyCalls {

    private final ServiceTokens edgeTokens;

    public ApiKeyCalls(ServiceTokens edgeTokens) {
        this.edgeTokens = edgeTokens;
    }

    /** Sets {@code headers}' credentials for {@code key}'s call: the edge's bearer token and the key's description. */
    public void passOn(ApiKeyAuthentication key, HttpHeaders headers) {
        headers.setBearerAuth(edgeTokens.token());
        ApiKeyDelegation.describe(key, headers);
    }
}
