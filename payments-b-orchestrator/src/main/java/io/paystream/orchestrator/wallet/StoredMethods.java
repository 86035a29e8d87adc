package io.paystream.orchestrator.wallet;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.paystream.edge.security.Customer;
import io.paystream.orchestrator.wallet.WalletClient.StoredMethod;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A customer's stored methods as the wallet last said, remembered so that a checkout with a method already used skips
 * the wallet call: only while this instance hears the wallet's removals ({@link MethodRemovalsListener}), forgotten
 * the moment one is heard, and for {@code paystream.wallet.remember-for} at most. A removal heard while the wallet
 * was being read wins over the read. What the orchestrator remembers is what the wallet would answer, minus the
 * removal's way through Kafka (tens of milliseconds); a token used in that window was already removed from the
 * gateway's vault, which the wallet does before it answers the delete (docs/decisions.md).
 */
@Component
public class StoredMethods {

    /** How long a removal is remembered: longer than any wallet read can take (its timeouts are 2 s and 3 s). */
    private static final Duration REMOVALS_KEPT = Duration.ofMinutes(1);

    private record Key(Customer customer, String paymentMethodId) {}

    private record Remembered(StoredMethod method, Instant until) {}

    private final WalletClient wallet;
    private final Clock clock;
    private final Duration rememberFor;
    private final int capacity;
    private final Map<Key, Remembered> remembered = new ConcurrentHashMap<>();
    private final Map<Key, Instant> removed = new ConcurrentHashMap<>();
    /** Odd while listening; every change of hearing starts a new era, and a read from an earlier one is not kept. */
    private final AtomicLong era = new AtomicLong();

    private final Counter fromMemory;
    private final Counter fromWallet;

    StoredMethods(
            WalletClient wallet,
            Clock clock,
            MeterRegistry meters,
            @Value("${paystream.wallet.remember-for:10m}") Duration rememberFor,
            @Value("${paystream.wallet.remember-at-most:100000}") int capacity) {
        this.wallet = wallet;
        this.clock = clock;
        this.rememberFor = rememberFor;
        this.capacity = capacity;
        this.fromMemory = meters.counter("paystream.wallet.lookups", "answered", "memory");
        this.fromWallet = meters.counter("paystream.wallet.lookups", "answered", "wallet");
    }

    /** The method as the wallet stores it, or empty when this customer has no such method. */
    public Optional<StoredMethod> lookup(Customer customer, String paymentMethodId) {
        Key key = new Key(customer, paymentMethodId);
        long readIn = era.get();
        Remembered hit = remembered.get(key);
        if (hit != null && listening(readIn) && hit.until().isAfter(clock.instant())) {
            fromMemory.increment();
            return Optional.of(hit.method());
        }
        Optional<StoredMethod> read = wallet.lookup(customer, paymentMethodId);
        fromWallet.increment();
        read.ifPresent(method -> remember(key, method, readIn));
        return read;
    }

    private void remember(Key key, StoredMethod method, long readIn) {
        if (!listening(readIn) || era.get() != readIn || remembered.size() >= capacity) {
            return;
        }
        remembered.put(key, new Remembered(method, clock.instant().plus(rememberFor)));
        // Written after the put, read before the removal's delete (removed()): one of the two sees the other.
        if (removed.containsKey(key) || era.get() != readIn) {
            remembered.remove(key);
        }
    }

    /** The wallet's word that this method is gone. */
    void removed(Customer customer, String paymentMethodId) {
        Key key = new Key(customer, paymentMethodId);
        Instant now = clock.instant();
        removed.put(key, now);
        remembered.remove(key);
        removed.values().removeIf(at -> at.isBefore(now.minus(REMOVALS_KEPT)));
    }

    /** Removals are heard from now on: what is read from here may be remembered. */
    void hearing() {
        if (era.get() % 2 == 0) {
            era.incrementAndGet();
        }
        remembered.clear();
    }

    /** Removals may go unheard from now on: remember nothing, and forget what was remembered. */
    void notHearing() {
        if (era.get() % 2 == 1) {
            era.incrementAndGet();
        }
        remembered.clear();
    }

    private static boolean listening(long era) {
        return era % 2 == 1;
    }
}
