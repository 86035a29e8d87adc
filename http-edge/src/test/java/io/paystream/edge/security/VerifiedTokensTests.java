package io.paystream.edge.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/** A token is verified once and remembered until it expires; anything else goes to the real verification. */
class VerifiedTokensTests {

    private static final Instant START = Instant.parse("2026-11-22T10:00:00Z");

    private final AtomicReference<Instant> now = new AtomicReference<>(START);
    private final List<String> verifiedTokens = new ArrayList<>();

    /** Stands in for the signature and claim checks: accepts "good-*" tokens until their expiry, five minutes. */
    private final JwtDecoder verifier = token -> {
        verifiedTokens.add(token);
        Instant expiresAt = START.plus(Duration.ofMinutes(5));
        if (!token.startsWith("good-") || !now.get().isBefore(expiresAt)) {
            throw new BadJwtException("refused: " + token);
        }
        return Jwt.withTokenValue(token)
                .header("alg", "RS256")
                .subject("alice")
                .issuedAt(START)
                .expiresAt(expiresAt)
                .build();
    };

    private final VerifiedTokens tokens = new VerifiedTokens(verifier, now::get, 3);

    @Test
    void theSameTokenIsVerifiedOnceWhileItIsValid() {
        Jwt first = tokens.decode("good-1");
        now.set(START.plus(Duration.ofMinutes(4)));
        Jwt again = tokens.decode("good-1");

        assertThat(again).isSameAs(first);
        assertThat(verifiedTokens).containsExactly("good-1");
    }

    @Test
    void aRememberedTokenPastItsExpiryIsVerifiedAgainAndRefused() {
        tokens.decode("good-1");
        now.set(START.plus(Duration.ofMinutes(5)));

        assertThatThrownBy(() -> tokens.decode("good-1")).isInstanceOf(BadJwtException.class);
        assertThat(verifiedTokens).containsExactly("good-1", "good-1");
        assertThat(tokens.remembered()).isZero();
    }

    @Test
    void aTokenDifferingInAnyByteIsVerifiedAfresh() {
        tokens.decode("good-1");

        assertThatThrownBy(() -> tokens.decode("Good-1")).isInstanceOf(BadJwtException.class);
        assertThat(verifiedTokens).containsExactly("good-1", "Good-1");
    }

    @Test
    void aRefusedTokenIsNeverRemembered() {
        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);

        assertThat(verifiedTokens).containsExactly("forged", "forged");
        assertThat(tokens.remembered()).isZero();
    }

    @Test
    void itRemembersAtMostItsCapacity() {
        for (int i = 0; i < 10; i++) {
            tokens.decode("good-" + i);
        }

        assertThat(tokens.remembered()).isBetween(1, 3);
    }
}
