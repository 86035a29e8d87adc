package io.paystream.credentials.client;

import io.paystream.contracts.DefaultMerchant;
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
 * One client per merchant (a braintree-java gateway, a vault), built from that merchant's credentials and kept, so a
 * request pays no remote call once its merchant's client is warm. Credentials are asked for again after {@code
 * refreshAfter}, so a rotation takes effect within it; unchanged credentials keep their client (and with it, say, its
 * circuit breaker's view of the gateway). While credentials cannot be had, a client built earlier keeps serving.
 */
public final class PerMerchant<T> {

    private static final Logger log = LoggerFactory.getLogger(PerMerchant.class);

    /** What is known of a merchant's credentials: empty for a merchant without; throws when nothing can be known. */
    @FunctionalInterface
    public interface Credentials {

        Optional<BraintreeCredentials> of(String merchantId);

        /** The credentials of merchant-service when there is one, else {@code single} for the default merchant alone. */
        static Credentials of(MerchantCredentialsClient merchantService, BraintreeCredentials single) {
            return merchantService != null
                    ? merchantService::credentials
                    : merchantId -> merchantId.equals(DefaultMerchant.ID) ? Optional.of(single) : Optional.empty();
        }
    }

    /** What a merchant's client is, as far as can be said now. */
    public sealed interface Found<T> {}

    public record Configured<T>(T client) implements Found<T> {}

    /** merchant-service knows no such merchant: nothing can be done for it, nothing was ever done with its keys. */
    public record NotConfigured<T>() implements Found<T> {}

    /** Its credentials could not be had just now: ask again later. */
    public record Unavailable<T>(String reason) implements Found<T> {}

    private record Built<T>(T client, String fingerprint, Instant fetchedAt) {}

    private final Credentials credentials;
    private final Function<BraintreeCredentials, T> build;
    private final Duration refreshAfter;
    private final Clock clock;
    private final Map<String, Built<T>> clients = new ConcurrentHashMap<>();

    public PerMerchant(
            Credentials credentials, Function<BraintreeCredentials, T> build, Duration refreshAfter, Clock clock) {
        this.credentials = credentials;
        this.build = build;
        this.refreshAfter = refreshAfter;
        this.clock = clock;
    }

    public Found<T> get(String merchantId) {
        Built<T> built = clients.get(merchantId);
        if (built != null && clock.instant().isBefore(built.fetchedAt().plus(refreshAfter))) {
            return new Configured<>(built.client());
        }
        Optional<BraintreeCredentials> fetched;
        try {
            fetched = credentials.of(merchantId);
        } catch (RuntimeException unavailable) {
            if (built != null) {
                log.warn(
                        "Credentials of {} could not be refreshed ({}); the client built earlier keeps serving",
                        merchantId,
                        unavailable.getMessage());
                return new Configured<>(built.client());
            }
            return new Unavailable<>("credentials of " + merchantId + " unavailable: " + unavailable.getMessage());
        }
        if (fetched.isEmpty()) {
            clients.remove(merchantId);
            return new NotConfigured<>();
        }
        BraintreeCredentials current = fetched.get();
        T client = built != null && built.fingerprint().equals(current.fingerprint())
                ? built.client()
                : build.apply(current);
        clients.put(merchantId, new Built<>(client, current.fingerprint(), clock.instant()));
        return new Configured<>(client);
    }
}
