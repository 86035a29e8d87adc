package io.paystream.edge.apikey;

import io.paystream.edge.security.ApiKeyCaller;
import io.paystream.edge.security.Scopes;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * How a request made with an API key reaches the services behind the edge that checked the key (ARCHITECTURE §11):
 * with the edge's own token, which carries {@value #SCOPE}, and the key's id, merchant and scopes in headers. A
 * service takes those headers only from a token with that scope: it keeps verifying who calls it, and acts for the
 * key with exactly the key's scopes, not the edge's.
 */
public final class ApiKeyDelegation extends OncePerRequestFilter {

    /** The scope of the edge's own token that lets it pass a key's calls on (the facade's client only). */
    public static final String SCOPE = "api-keys:act";

    static final String KEY_ID = "Paystream-Api-Key-Id";
    static final String MERCHANT_ID = "Paystream-Api-Key-Merchant";
    static final String KEY_SCOPES = "Paystream-Api-Key-Scopes";

    private static final Pattern KEY_ID_FORMAT = Pattern.compile(ApiKeyCaller.KEY_ID_PATTERN);
    private static final Pattern MERCHANT_ID_FORMAT = Pattern.compile(io.paystream.contracts.MerchantIdFormat.PATTERN);

    private final AccessDeniedHandler denied;

    public ApiKeyDelegation(AccessDeniedHandler denied) {
        this.denied = denied;
    }

    /** The headers that carry {@code key}'s call on, for the edge that checked it. */
    public static void describe(ApiKeyAuthentication key, HttpHeaders headers) {
        headers.set(KEY_ID, key.getPrincipal().keyId());
        headers.set(MERCHANT_ID, key.getPrincipal().merchantId());
        headers.set(KEY_SCOPES, String.join(" ", key.scopes()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String keyId = request.getHeader(KEY_ID);
        if (keyId == null) {
            chain.doFilter(request, response);
            return;
        }
        Authentication edge = SecurityContextHolder.getContext().getAuthentication();
        String merchantId = request.getHeader(MERCHANT_ID);
        List<String> scopes = Arrays.stream(
                        request.getHeader(KEY_SCOPES) == null
                                ? new String[0]
                                : request.getHeader(KEY_SCOPES).split(" "))
                .filter(scope -> !scope.isEmpty())
                .toList();
        if (edge == null
                || !edge.getAuthorities().contains(new SimpleGrantedAuthority(Scopes.authority(SCOPE)))
                || !KEY_ID_FORMAT.matcher(keyId).matches()
                || merchantId == null
                || !MERCHANT_ID_FORMAT.matcher(merchantId).matches()
                || !ApiKeyScopes.ALL.containsAll(scopes)) {
            denied.handle(
                    request,
                    response,
                    new AccessDeniedException("An API key's call from a caller not allowed to pass one on"));
            return;
        }
        SecurityContextHolder.getContext()
                .setAuthentication(new ApiKeyAuthentication(new ApiKeyCaller(keyId, merchantId), scopes));
        chain.doFilter(request, response);
    }
}
