package io.paystream.edge.security;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Verifies a bearer token once, then remembers it until its {@code exp}: a checkout client sends the same token with
 * each call of a checkout, and parsing and verifying it (RS256) is 5–17 % of a service's CPU per request (docs/performance.md). The
 * key is the whole token, so one that differs in any byte (another signature) is verified afresh; a remembered token
 * past its expiry is verified again and refused like any expired token; a refused token is never remembered. A token
 * of a revoked signing key stays accepted until it expires, as with any JWT that is not introspected. Bounded: when
 * {@code capacity} tokens are remembered it starts over.
 */
public final class VerifiedTokens implements JwtDecoder {

    static final int CAPACITY = 4096;

    private final JwtDecoder verifier;
    private final Supplier<Instant> now;
    private final int capacity;
    private final Map<String, Jwt> verified = new ConcurrentHashMap<>();

    public VerifiedTokens(JwtDecoder verifier) {
        this(verifier, Instant::now, CAPACITY);
    }

    VerifiedTokens(JwtDecoder verifier, Supplier<Instant> now, int capacity) {
        this.verifier = verifier;
        this.now = now;
        this.capacity = capacity;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt known = verified.get(token);
        if (known != null) {
            if (now.get().isBefore(known.getExpiresAt())) {
                return known;
            }
            verified.remove(token);
        }
        Jwt jwt = verifier.decode(token);
        if (jwt.getExpiresAt() != null) {
            if (verified.size() >= capacity) {
                verified.clear();
            }
            verified.put(token, jwt);
        }
        return jwt;
    }

    public int remembered() {
        return verified.size();
    }
}
