package io.paystream.merchants.merchant;

import io.paystream.credentials.BraintreeCredentials;
import io.paystream.credentials.Envelope;
import io.paystream.credentials.SealedCredentials;
import io.paystream.edge.idempotency.IdempotencyKeys;
import io.paystream.edge.idempotency.IdempotencyKeys.StoredAnswer;
import io.paystream.merchants.merchant.MerchantRefused.Refusal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Creates merchants with their credentials sealed, shows them without, and replaces their credentials. */
@Service
public class MerchantService {

    static final int CREATED = 201;

    private final Merchants merchants;
    private final Envelope envelope;
    private final IdempotencyKeys keys;
    private final JsonMapper json;
    private final Clock clock;

    MerchantService(Merchants merchants, Envelope envelope, IdempotencyKeys keys, JsonMapper json, Clock clock) {
        this.merchants = merchants;
        this.envelope = envelope;
        this.keys = keys;
        this.json = json;
        this.clock = clock;
    }

    /** The merchant, created once per operator and key; the same key again replays the first answer. */
    @Transactional
    public Created create(String operator, String idempotencyKey, NewMerchant request) {
        BraintreeCredentials credentials = request.braintree().credentials();
        String id = request.id() == null ? MerchantIds.next() : request.id();
        Instant now = now();
        Merchant merchant = new Merchant(
                id,
                request.name(),
                credentials.merchantId(),
                credentials.fingerprint(),
                envelope.seal(id, credentials.toBytes()),
                now,
                now);
        MerchantView view = MerchantView.of(merchant);
        String fingerprint = IdempotencyKeys.fingerprint(
                "POST /v1/admin/merchants", String.valueOf(request.id()), request.name(), credentials.fingerprint());
        Optional<StoredAnswer> earlier =
                keys.claim(operator, idempotencyKey, fingerprint, CREATED, json.writeValueAsString(view));
        if (earlier.isPresent()) {
            return new Created(json.readValue(earlier.get().body(), MerchantView.class), true);
        }
        if (!merchants.insert(merchant)) {
            throw new MerchantRefused(Refusal.MERCHANT_EXISTS, "A merchant " + id + " exists already");
        }
        return new Created(view, false);
    }

    public MerchantView get(String id) {
        return merchants.find(id).map(MerchantView::of).orElseThrow(() -> MerchantRefused.noMerchant(id));
    }

    public List<MerchantView> list(String startingAfter, int limit) {
        return merchants.list(startingAfter, limit).stream()
                .map(MerchantView::of)
                .toList();
    }

    /** New credentials sealed under a fresh data key; the old ones are gone. */
    @Transactional
    public MerchantView replaceCredentials(String id, BraintreeKeys keys) {
        BraintreeCredentials credentials = keys.credentials();
        SealedCredentials sealed = envelope.seal(id, credentials.toBytes());
        if (!merchants.replaceCredentials(id, credentials.merchantId(), credentials.fingerprint(), sealed, now())) {
            throw MerchantRefused.noMerchant(id);
        }
        return get(id);
    }

    // PostgreSQL keeps microseconds: an answer replayed from the row says what the first one said.
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** A created merchant, and whether this is the replay of an earlier request's answer. */
    public record Created(MerchantView merchant, boolean replayed) {}
}
