package io.paystream.platform.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.paystream.contracts.Operation;
import io.paystream.contracts.PaymentJob;
import io.paystream.credentials.BraintreeCredentials;
import io.paystream.credentials.client.PerMerchant;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MerchantGatewaysTests {

    private static final Instant START = Instant.parse("2026-12-04T10:00:00Z");

    private final Map<String, BraintreeCredentials> stored = new HashMap<>();
    private final List<String> fetches = new ArrayList<>();
    private final List<String> built = new ArrayList<>();
    private boolean merchantServiceDown;
    private Instant now = START;

    private final MerchantGateways gateways = new MerchantGateways(new PerMerchant<>(
            merchantId -> {
                fetches.add(merchantId);
                if (merchantServiceDown) {
                    throw new IllegalStateException("connection refused");
                }
                return Optional.ofNullable(stored.get(merchantId));
            },
            credentials -> {
                built.add(credentials.merchantId());
                return new Answering(credentials.merchantId() + "#" + built.size());
            },
            Duration.ofMinutes(5),
            new Clock() {
                @Override
                public Instant instant() {
                    return now;
                }

                @Override
                public java.time.ZoneId getZone() {
                    return ZoneOffset.UTC;
                }

                @Override
                public Clock withZone(java.time.ZoneId zone) {
                    return this;
                }
            }));

    @Test
    void eachJobGoesToItsOwnMerchantsGatewayBuiltOnceWhileWarm() {
        stored.put("mer_demo", credentials("demo_merchant", "k1"));
        stored.put("mer_acme", credentials("acme_merchant", "k1"));

        assertThat(transaction(gateways.execute(job("mer_demo")))).isEqualTo("demo_merchant#1");
        assertThat(transaction(gateways.execute(job("mer_acme")))).isEqualTo("acme_merchant#2");
        assertThat(transaction(gateways.execute(job("mer_demo")))).isEqualTo("demo_merchant#1");

        assertThat(fetches).containsExactly("mer_demo", "mer_acme");
    }

    @Test
    void aMerchantWithoutCredentialsFailsItsJobsWithNothingSent() {
        assertThat(gateways.execute(job("mer_unknown")))
                .isInstanceOfSatisfying(
                        GatewayOutcome.Failed.class,
                        failed -> assertThat(failed.code()).isEqualTo("merchant_not_configured"));
        assertThat(gateways.lookup(job("mer_unknown"))).isInstanceOf(Lookup.NoRecord.class);
        assertThat(built).isEmpty();
    }

    @Test
    void credentialsThatCannotBeHadAreTransientNeverAFinalFailure() {
        merchantServiceDown = true;

        assertThat(gateways.execute(job("mer_demo"))).isInstanceOf(GatewayOutcome.Transient.class);
        assertThat(gateways.lookup(job("mer_demo"))).isInstanceOf(Lookup.Unreadable.class);
    }

    @Test
    void aBuiltGatewayKeepsServingWhileItsRefreshFails() {
        stored.put("mer_demo", credentials("demo_merchant", "k1"));
        gateways.execute(job("mer_demo"));
        merchantServiceDown = true;
        now = START.plus(Duration.ofMinutes(6));

        assertThat(transaction(gateways.execute(job("mer_demo")))).isEqualTo("demo_merchant#1");
        assertThat(fetches).hasSize(2);
    }

    @Test
    void rotatedCredentialsTakeEffectAtTheNextRefreshAndUnchangedOnesKeepTheirGateway() {
        stored.put("mer_demo", credentials("demo_merchant", "k1"));
        gateways.execute(job("mer_demo"));
        now = START.plus(Duration.ofMinutes(6));
        assertThat(transaction(gateways.execute(job("mer_demo")))).isEqualTo("demo_merchant#1");

        stored.put("mer_demo", credentials("demo_merchant", "k2"));
        now = START.plus(Duration.ofMinutes(12));

        assertThat(transaction(gateways.execute(job("mer_demo")))).isEqualTo("demo_merchant#2");
    }

    private static BraintreeCredentials credentials(String merchantId, String privateKey) {
        return new BraintreeCredentials(merchantId, "public", privateKey, Map.of("USD", merchantId + "_usd"));
    }

    private static String transaction(GatewayOutcome outcome) {
        return ((GatewayOutcome.Succeeded) outcome).transactionId();
    }

    private static PaymentJob job(String merchantId) {
        return new PaymentJob(
                "op_1",
                Operation.APPROVE,
                "pay_1",
                "ord_1",
                merchantId,
                "alice",
                1,
                500,
                "USD",
                null,
                "fake-valid-nonce",
                null,
                START);
    }

    /** A gateway that answers every job with a transaction named after itself. */
    private record Answering(String name) implements Gateway {

        @Override
        public GatewayOutcome execute(PaymentJob job) {
            return new GatewayOutcome.Succeeded(name, null, null);
        }

        @Override
        public Lookup lookup(PaymentJob job) {
            return new Lookup.NoRecord();
        }
    }
}
