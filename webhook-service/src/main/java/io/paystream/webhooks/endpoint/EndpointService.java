package io.paystream.webhooks.endpoint;

import io.paystream.edge.idempotency.IdempotencyKeys;
import io.paystream.edge.idempotency.IdempotencyKeys.StoredAnswer;
import io.paystream.edge.problem.EdgeProblem;
import io.paystream.edge.problem.InvalidRequest;
import io.paystream.edge.problem.ProblemException;
import io.paystream.edge.request.ListPage;
import io.paystream.edge.security.Caller;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** A merchant's endpoints: made with a secret shown in that answer, listed, changed, deleted, their secret rotated. */
@Service
public class EndpointService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Endpoints endpoints;
    private final SigningSecrets secrets;
    private final UrlRules urls;
    private final IdempotencyKeys keys;
    private final JsonMapper json;
    private final Clock clock;

    EndpointService(
            Endpoints endpoints,
            SigningSecrets secrets,
            UrlRules urls,
            IdempotencyKeys keys,
            JsonMapper json,
            Clock clock) {
        this.endpoints = endpoints;
        this.secrets = secrets;
        this.urls = urls;
        this.keys = keys;
        this.json = json;
        this.clock = clock;
    }

    /**
     * A new endpoint, enabled, with its first secret. A retry under the same Idempotency-Key gets the first answer,
     * secret included (it is kept, sealed, to sign with); the idempotency table never holds it.
     */
    @Transactional
    public Answered<EndpointView> create(Caller caller, String idempotencyKey, NewEndpoint request) {
        InvalidRequest.Collector errors = new InvalidRequest.Collector();
        checkUrl(request.url(), errors);
        List<String> types = eventTypes(request.eventTypes(), errors);
        errors.throwIfAny();
        Instant now = now();
        WebhookEndpoint endpoint = new WebhookEndpoint(
                "we_" + HexFormat.of().formatHex(randomBytes(12)),
                caller.merchantId(),
                request.url(),
                types,
                request.description(),
                EndpointStatus.ENABLED,
                null,
                null,
                now,
                now);
        String fingerprint = IdempotencyKeys.fingerprint(
                "POST /v1/webhook-endpoints",
                request.url(),
                String.join(" ", types),
                String.valueOf(request.description()));
        Optional<StoredAnswer> earlier = keys.claim(
                caller.idempotencyScope(),
                idempotencyKey,
                fingerprint,
                201,
                json.writeValueAsString(EndpointView.of(endpoint)));
        if (earlier.isPresent()) {
            EndpointView first = json.readValue(earlier.get().body(), EndpointView.class);
            String secret = endpoints
                    .find(caller.merchantId(), first.id())
                    .map(still -> secrets.shown(caller.merchantId(), first.id(), 1))
                    .orElse(null);
            return new Answered<>(first.withSecret(secret), true);
        }
        endpoints.insert(endpoint);
        return new Answered<>(
                EndpointView.of(endpoint, secrets.add(caller.merchantId(), endpoint.id(), 1, now)), false);
    }

    public ListPage<EndpointView> list(Caller caller, String startingAfter, int limit) {
        return ListPage.of(
                endpoints.page(caller.merchantId(), startingAfter, limit).stream()
                        .map(EndpointView::of)
                        .toList(),
                limit);
    }

    public EndpointView get(Caller caller, String id) {
        return EndpointView.of(endpoint(caller, id));
    }

    /** The endpoint of {@code id} within the caller's merchant, or a 404. */
    public WebhookEndpoint endpoint(Caller caller, String id) {
        return endpoints.find(caller.merchantId(), id).orElseThrow(() -> noEndpoint(id));
    }

    /** Changes what is given; enabling an endpoint the service had disabled starts its failure count afresh. */
    @Transactional
    public EndpointView update(Caller caller, String id, EndpointChange change) {
        InvalidRequest.Collector errors = new InvalidRequest.Collector();
        if (change.url() != null) {
            checkUrl(change.url(), errors);
        }
        List<String> types = change.eventTypes() == null ? null : eventTypes(change.eventTypes(), errors);
        errors.throwIfAny();
        WebhookEndpoint current = endpoints.lock(caller.merchantId(), id).orElseThrow(() -> noEndpoint(id));
        EndpointStatus status = change.status() == null ? current.status() : change.status();
        boolean statusChanged = status != current.status();
        WebhookEndpoint changed = new WebhookEndpoint(
                current.id(),
                current.merchantId(),
                change.url() == null ? current.url() : change.url(),
                types == null ? current.eventTypes() : types,
                change.description() == null ? current.description() : change.description(),
                status,
                statusChanged ? null : current.disabledReason(),
                statusChanged ? null : current.failingSince(),
                current.createdAt(),
                now());
        endpoints.update(changed, changed.updatedAt());
        return EndpointView.of(changed);
    }

    @Transactional
    public void delete(Caller caller, String id) {
        if (!endpoints.delete(caller.merchantId(), id)) {
            throw noEndpoint(id);
        }
    }

    /**
     * A new secret, signing from now beside the one before for 24 hours. A retry under the same Idempotency-Key gets
     * the same new secret, not a third one.
     */
    @Transactional
    public Answered<EndpointView> rotateSecret(Caller caller, String idempotencyKey, String id) {
        WebhookEndpoint endpoint = endpoints.lock(caller.merchantId(), id).orElseThrow(() -> noEndpoint(id));
        String fingerprint = IdempotencyKeys.fingerprint("POST /v1/webhook-endpoints/" + id + "/rotate-secret");
        // The endpoint's lock makes this the version the rotation below adds.
        int version = secrets.nextVersion(id);
        Optional<StoredAnswer> earlier =
                keys.claim(caller.idempotencyScope(), idempotencyKey, fingerprint, 200, Integer.toString(version));
        if (earlier.isPresent()) {
            String first = secrets.shown(
                    caller.merchantId(), id, Integer.parseInt(earlier.get().body()));
            return new Answered<>(EndpointView.of(endpoint, first), true);
        }
        return new Answered<>(
                EndpointView.of(endpoint, secrets.rotate(caller.merchantId(), id, version, clock.instant())), false);
    }

    private void checkUrl(String url, InvalidRequest.Collector errors) {
        urls.refusal(url).ifPresent(refusal -> errors.add("url", refusal));
    }

    private static List<String> eventTypes(List<String> names, InvalidRequest.Collector errors) {
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i) == null || EventType.named(names.get(i)).isEmpty()) {
                errors.add(
                        "eventTypes[" + i + "]",
                        "must be one of "
                                + String.join(
                                        ", ",
                                        Arrays.stream(EventType.values())
                                                .map(EventType::wireName)
                                                .toList()));
            }
        }
        return names.stream().distinct().toList();
    }

    static ProblemException noEndpoint(String id) {
        return new ProblemException(EdgeProblem.NOT_FOUND, "No webhook endpoint " + id);
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    // PostgreSQL keeps microseconds: an answer replayed from the row says what the first one said.
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
