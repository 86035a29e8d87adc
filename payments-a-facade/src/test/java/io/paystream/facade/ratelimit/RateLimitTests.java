package io.paystream.facade.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.paystream.facade.Api.Answer;
import io.paystream.facade.FacadeTestBase;
import io.paystream.testsupport.OAuthServer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A customer over its rate (burst 8, 1 per second in tests) gets 429 with Retry-After; others are not affected. */
class RateLimitTests extends FacadeTestBase {

    @Test
    void customerOverItsRateIsTooManyRequestsAndNothingMoreIsForwarded() {
        String token = token();
        List<Answer> answers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            answers.add(api.get("/v1/payments/pay_1", token));
        }

        List<Answer> refused =
                answers.stream().filter(answer -> answer.status() == 429).toList();
        assertThat(refused).hasSizeGreaterThanOrEqualTo(20 - 8 - 5);
        Answer first = refused.getFirst();
        assertProblem(first, 429, "rate-limited");
        assertThat(Integer.parseInt(first.header("Retry-After"))).isBetween(1, 2);
        assertThat(PAYMENTS.received()).hasSize(20 - refused.size());
        assertThat(answers.subList(0, 8))
                .allSatisfy(answer -> assertThat(answer.status()).isEqualTo(200));
    }

    @Test
    void anotherCustomerIsServedWhileOneIsLimited() {
        String token = token();
        for (int i = 0; i < 20; i++) {
            api.get("/v1/orders/ord_1", token);
        }

        Answer other = api.get("/v1/orders/ord_1", idp.token("other-" + customer, "orders:read"));
        Answer sameSubElsewhere = api.get(
                "/v1/orders/ord_1",
                idp.token(OAuthServer.TokenSpec.of(customer, "orders:read").withClaim("merchant_id", "mer_acme")));

        assertThat(other.status()).isEqualTo(200);
        assertThat(sameSubElsewhere.status())
                .as("the same sub at another merchant is another shopper")
                .isEqualTo(200);
        assertThat(api.get("/v1/orders/ord_1", token).status()).isEqualTo(429);
    }
}
