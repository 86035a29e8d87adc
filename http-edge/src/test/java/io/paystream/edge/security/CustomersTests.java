package io.paystream.edge.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paystream.edge.problem.EdgeProblem;
import io.paystream.edge.problem.ProblemException;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

class CustomersTests {

    private final Customers customers = new Customers("mer_demo");

    @Test
    void theCustomerIsTheSubjectWithinTheTokensMerchant() {
        assertThat(customers.of(token(Map.of("merchant_id", "mer_acme")))).isEqualTo(new Customer("mer_acme", "alice"));
    }

    @Test
    void aTokenWithoutTheClaimActsForTheDefaultMerchant() {
        assertThat(customers.of(token(Map.of()))).isEqualTo(new Customer("mer_demo", "alice"));
    }

    @Test
    void withoutADefaultATokenWithoutTheClaimIsRefused() {
        assertThatThrownBy(() -> new Customers("").of(token(Map.of())))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        problem -> assertThat(problem.type()).isEqualTo(EdgeProblem.MERCHANT_UNKNOWN));
    }

    @Test
    void aClaimThatIsNoMerchantIdIsRefusedNotGuessedAt() {
        for (String claim : new String[] {"mer_demo/customer/x", "acme", "MER_ACME", "mer_", ""}) {
            assertThatThrownBy(() -> customers.of(token(Map.of("merchant_id", claim))))
                    .as(claim)
                    .isInstanceOf(ProblemException.class);
        }
    }

    @Test
    void theSameSubjectAtTwoMerchantsHasTwoIdempotencyScopes() {
        Customer demo = customers.of(token(Map.of("merchant_id", "mer_demo")));
        Customer acme = customers.of(token(Map.of("merchant_id", "mer_acme")));

        assertThat(acme.idempotencyScope()).isEqualTo("mer_acme/customer/alice");
        // The owner of mer_demo's keys from before merchants.
        assertThat(demo.idempotencyScope()).isEqualTo("alice");
    }

    private static Jwt token(Map<String, Object> claims) {
        Jwt.Builder token = Jwt.withTokenValue("t")
                .header("alg", "RS256")
                .subject("alice")
                .issuedAt(Instant.parse("2026-12-04T10:00:00Z"))
                .expiresAt(Instant.parse("2026-12-04T11:00:00Z"));
        claims.forEach(token::claim);
        return token.build();
    }
}
