package io.paystream.webhooks.delivery;

import io.paystream.edge.idempotency.IdempotencyKeys;
import io.paystream.edge.idempotency.IdempotencyKeys.StoredAnswer;
import io.paystream.edge.problem.EdgeProblem;
import io.paystream.edge.problem.ProblemException;
import io.paystream.edge.request.ListPage;
import io.paystream.edge.security.Caller;
import io.paystream.webhooks.endpoint.Answered;
import io.paystream.webhooks.endpoint.EndpointService;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** What a merchant sees and does with its deliveries: list them with their attempts, resend one, recover failures. */
@Service
class DeliveryService {

    private final Deliveries deliveries;
    private final EndpointService endpoints;
    private final IdempotencyKeys keys;
    private final JsonMapper json;
    private final Clock clock;

    DeliveryService(
            Deliveries deliveries, EndpointService endpoints, IdempotencyKeys keys, JsonMapper json, Clock clock) {
        this.deliveries = deliveries;
        this.endpoints = endpoints;
        this.keys = keys;
        this.json = json;
        this.clock = clock;
    }

    ListPage<DeliveryView> list(
            Caller caller, String endpointId, DeliveryStatus status, String startingAfter, int limit) {
        endpoints.endpoint(caller, endpointId);
        return ListPage.of(
                deliveries.page(
                        caller.merchantId(), endpointId, status == null ? null : status.name(), startingAfter, limit),
                limit);
    }

    /** The delivery due again now, with the same {@code webhook-id}, whatever became of it. */
    @Transactional
    Answered<DeliveryView> resend(Caller caller, String idempotencyKey, String id) {
        deliveries.find(caller.merchantId(), id).orElseThrow(() -> noDelivery(id));
        Optional<StoredAnswer> earlier = keys.claim(
                caller.idempotencyScope(),
                idempotencyKey,
                IdempotencyKeys.fingerprint("POST /v1/webhook-deliveries/" + id + "/resend"),
                202,
                "");
        if (earlier.isPresent()) {
            return new Answered<>(json.readValue(earlier.get().body(), DeliveryView.class), true);
        }
        deliveries.resend(caller.merchantId(), id, clock.instant());
        DeliveryView resent = deliveries.find(caller.merchantId(), id).orElseThrow(() -> noDelivery(id));
        keys.answer(caller.idempotencyScope(), idempotencyKey, json.writeValueAsString(resent));
        return new Answered<>(resent, false);
    }

    /** Every delivery to the endpoint that failed for good since {@code since}, due again now. */
    @Transactional
    Answered<Recovered> recover(Caller caller, String idempotencyKey, String endpointId, Instant since) {
        endpoints.endpoint(caller, endpointId);
        Optional<StoredAnswer> earlier = keys.claim(
                caller.idempotencyScope(),
                idempotencyKey,
                IdempotencyKeys.fingerprint("POST /v1/webhook-endpoints/" + endpointId + "/recover", since.toString()),
                202,
                "");
        if (earlier.isPresent()) {
            return new Answered<>(json.readValue(earlier.get().body(), Recovered.class), true);
        }
        Recovered recovered = new Recovered(
                endpointId, since, deliveries.recover(caller.merchantId(), endpointId, since, clock.instant()));
        keys.answer(caller.idempotencyScope(), idempotencyKey, json.writeValueAsString(recovered));
        return new Answered<>(recovered, false);
    }

    record Recovered(String endpointId, Instant since, int recovered) {}

    private static ProblemException noDelivery(String id) {
        return new ProblemException(EdgeProblem.NOT_FOUND, "No webhook delivery " + id);
    }
}
