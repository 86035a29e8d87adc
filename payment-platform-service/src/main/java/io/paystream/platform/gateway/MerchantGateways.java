package io.paystream.platform.gateway;

import io.paystream.contracts.PaymentJob;
import io.paystream.credentials.BraintreeCredentials;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Each job at its own merchant's Braintree (ARCHITECTURE §11): one gateway per merchant, built from that merchant's
 * credentials and kept, so a job pays no remote call once its merchant's gateway is warm. Credentials are asked for
 * again after {@code refreshAfter} (a rotation takes effect within it); while they cannot be had, the gateway already
 * built keeps serving. A merchant without credentials fails its jobs with {@value #NOT_CONFIGURED}, nothing sent.
 */
final class MerchantGateways implements Gateway {

    static final String NOT_CONFIGURED = "merchant_not_configured";

    private static final Logger log = LoggerFactory.getLogger(MerchantGateways.class);

    /** What is known of a merchant's credentials: empty for a merchant without; throws when nothing can be known. */
    interface Credentials {
        Optional<BraintreeCredentials> of(String merchantId);
    }

    private record Built(Gateway gateway, String fingerprint, Instant fetchedAt) {}

    private sealed interface Found {}

    private record Configured(Gateway gateway) implements Found {}

    private record NotConfigured() implements Found {}

    private record Unavailable(String reason) implements Found {}

    private final Credentials credentials;
    private final Function<BraintreeCredentials, Gateway> build;
    private final Duration refreshAfter;
    private final Clock clock;
    private final Map<String, Built> gateways = new ConcurrentHashMap<>();

    MerchantGateways(
            Credentials credentials,
            Function<BraintreeCredentials, Gateway> build,
            Duration refreshAfter,
            Clock clock) {
        this.credentials = credentials;
        this.build = build;
        this.refreshAfter = refreshAfter;
        this.clock = clock;
    }

    @Override
    public GatewayOutcome execute(PaymentJob job) {
        return switch (gateway(job.merchantId())) {
            case Configured configured -> configured.gateway().execute(job);
            case NotConfigured none ->
                new GatewayOutcome.Failed(
                        NOT_CONFIGURED, "Merchant " + job.merchantId() + " has no gateway credentials");
            case Unavailable unavailable -> new GatewayOutcome.Transient(unavailable.reason());
        };
    }

    @Override
    public Lookup lookup(PaymentJob job) {
        return switch (gateway(job.merchantId())) {
            case Configured configured -> configured.gateway().lookup(job);
            // Credentials are replaced, never removed: without any, nothing was ever sent for this merchant.
            case NotConfigured none -> new Lookup.NoRecord();
            case Unavailable unavailable -> new Lookup.Unreadable(unavailable.reason());
        };
    }

    private Found gateway(String merchantId) {
        Built built = gateways.get(merchantId);
        if (built != null && clock.instant().isBefore(built.fetchedAt().plus(refreshAfter))) {
            return new Configured(built.gateway());
        }
        Optional<BraintreeCredentials> fetched;
        try {
            fetched = credentials.of(merchantId);
        } catch (RuntimeException unavailable) {
            if (built != null) {
                log.warn(
                        "Credentials of {} could not be refreshed ({}); the gateway built earlier keeps serving",
                        merchantId,
                        unavailable.getMessage());
                return new Configured(built.gateway());
            }
            return new Unavailable("credentials of " + merchantId + " unavailable: " + unavailable.getMessage());
        }
        if (fetched.isEmpty()) {
            gateways.remove(merchantId);
            return new NotConfigured();
        }
        BraintreeCredentials current = fetched.get();
        // The same credentials keep the same gateway, and with it its circuit breaker's view of Braintree.
        Gateway gateway = built != null && built.fingerprint().equals(current.fingerprint())
                ? built.gateway()
                : build.apply(current);
        gateways.put(merchantId, new Built(gateway, current.fingerprint(), clock.instant()));
        return new Configured(gateway);
    }
}
