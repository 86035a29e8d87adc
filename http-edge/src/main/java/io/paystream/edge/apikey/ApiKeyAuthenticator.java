package io.paystream.edge.apikey;

import io.paystream.edge.security.ApiKeyCaller;
import io.paystream.edge.security.CheckUnavailable;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;

/**
 * Checks a bearer {@code psk_…}: its HMAC-SHA256 under the pepper looked up in the {@link ApiKeyReplica}, no remote
 * call. Unknown, revoked, expired and malformed keys are alike a 401 that names none of the key; a copy too old to
 * know of a recent revocation is a 503 instead.
 */
public class ApiKeyAuthenticator implements AuthenticationManager {

    private static final Pattern WELL_FORMED = Pattern.compile("psk_[a-z]{2,8}_[0-9A-Za-z]{40}");

    private final ApiKeyReplica replica;
    private final ApiKeyHash hash;
    private final Duration maxStaleness;
    private final Clock clock;
    private final Consumer<ApiKeyCaller> used;

    /** {@code used} hears each key that passed the check (for {@code lastUsedAt}). */
    public ApiKeyAuthenticator(
            ApiKeyReplica replica, String pepper, Duration maxStaleness, Clock clock, Consumer<ApiKeyCaller> used) {
        this.replica = replica;
        this.hash = new ApiKeyHash(pepper);
        this.maxStaleness = maxStaleness;
        this.clock = clock;
        this.used = used;
    }

    @Override
    public Authentication authenticate(Authentication bearer) {
        String key = ((BearerTokenAuthenticationToken) bearer).getToken();
        if (!WELL_FORMED.matcher(key).matches()) {
            throw new InvalidBearerTokenException("The API key is malformed");
        }
        if (!replica.freshWithin(maxStaleness)) {
            throw new CheckUnavailable("API keys cannot be checked right now; retry shortly");
        }
        KnownKey known = replica.find(hash.of(key))
                .filter(candidate -> candidate.validAt(clock.instant()))
                .orElseThrow(() -> new InvalidBearerTokenException("The API key is unknown, revoked or expired"));
        ApiKeyCaller caller = new ApiKeyCaller(known.keyId(), known.merchantId());
        used.accept(caller);
        return new ApiKeyAuthentication(caller, known.scopes());
    }
}
