package io.paystream.orchestrator.payment;

import io.paystream.edge.problem.InvalidRequest;
import io.paystream.edge.request.IdempotencyKey;
import io.paystream.edge.request.IdempotencyKeyHeader;
import io.paystream.edge.request.ListQuery;
import io.paystream.edge.security.Caller;
import io.paystream.edge.security.Customer;
import io.paystream.orchestrator.idempotency.IdempotentPost;
import io.paystream.orchestrator.idempotency.StoredResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.function.Consumer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * The payment endpoints of ARCHITECTURE §3 and §11: a shopper's token sees and acts on the shopper's own payments, a
 * merchant's API key on all of its merchant's; only a shopper approves.
 */
@RestController
@RequestMapping("/v1/payments")
@Validated
class PaymentController {

    private final PaymentService service;
    private final IdempotentPost idempotent;
    private final PreferWait preferWait;
    private final JsonMapper json;

    PaymentController(PaymentService service, IdempotentPost idempotent, PreferWait preferWait, JsonMapper json) {
        this.service = service;
        this.idempotent = idempotent;
        this.preferWait = preferWait;
        this.json = json;
    }

    @PostMapping
    ResponseEntity<String> approve(
            Customer caller,
            @RequestHeader(IdempotencyKeyHeader.NAME) @IdempotencyKey String key,
            @RequestHeader(name = "Prefer", required = false) String prefer,
            @Valid @RequestBody ApprovePayment body) {
        StoredResponse stored =
                post(caller, key, "POST /v1/payments", body, accept -> service.approve(caller, key, body, accept));
        return answer(caller, stored, prefer);
    }

    @PostMapping("/{paymentId}/deposits")
    ResponseEntity<String> deposit(
            Caller caller,
            @PathVariable String paymentId,
            @RequestHeader(IdempotencyKeyHeader.NAME) @IdempotencyKey String key,
            @RequestHeader(name = "Prefer", required = false) String prefer,
            @Valid @RequestBody(required = false) AmountRequest body) {
        AmountRequest amount = body == null ? new AmountRequest(null) : body;
        StoredResponse stored = post(
                caller,
                key,
                "POST /v1/payments/" + paymentId + "/deposits",
                amount,
                accept -> service.deposit(caller, key, paymentId, amount.requested(), accept));
        return answer(caller, stored, prefer);
    }

    @PostMapping("/{paymentId}/refunds")
    ResponseEntity<String> refund(
            Caller caller,
            @PathVariable String paymentId,
            @RequestHeader(IdempotencyKeyHeader.NAME) @IdempotencyKey String key,
            @RequestHeader(name = "Prefer", required = false) String prefer,
            @Valid @RequestBody(required = false) AmountRequest body) {
        AmountRequest amount = body == null ? new AmountRequest(null) : body;
        StoredResponse stored = post(
                caller,
                key,
                "POST /v1/payments/" + paymentId + "/refunds",
                amount,
                accept -> service.refund(caller, key, paymentId, amount.requested(), accept));
        return answer(caller, stored, prefer);
    }

    @PostMapping("/{paymentId}/reversals")
    ResponseEntity<String> reverse(
            Caller caller,
            @PathVariable String paymentId,
            @RequestHeader(IdempotencyKeyHeader.NAME) @IdempotencyKey String key,
            @RequestHeader(name = "Prefer", required = false) String prefer) {
        StoredResponse stored = post(
                caller,
                key,
                "POST /v1/payments/" + paymentId + "/reversals",
                "{}",
                accept -> service.reverse(caller, key, paymentId, accept));
        return answer(caller, stored, prefer);
    }

    @GetMapping("/{paymentId}")
    PaymentView get(Caller caller, @PathVariable String paymentId) {
        return service.get(caller, paymentId);
    }

    /** {@code ?orderId=} alone: the order's payments, oldest first; otherwise a page of {@link ListQuery}. */
    @GetMapping
    Object list(Caller caller, @RequestParam(required = false) String orderId, HttpServletRequest request) {
        if (orderId != null) {
            if (request.getParameterMap().size() > 1) {
                throw InvalidRequest.of("orderId", "lists one order's payments; leave out the other parameters");
            }
            return service.byOrder(caller, orderId);
        }
        return service.list(caller, ListQuery.read(request.getParameterMap(), PaymentStatus.class));
    }

    /** The POST's answer under its key: fingerprinted by method, path and canonical body (ARCHITECTURE §4). */
    private StoredResponse post(
            Caller caller, String key, String target, Object body, Consumer<Consumer<Object>> work) {
        String fingerprint = target + " " + json.writeValueAsString(body);
        return idempotent.answer(
                new IdempotentPost.Key(caller.idempotencyScope(), key, fingerprint), PaymentProblems::of, work);
    }

    private ResponseEntity<String> answer(Caller caller, StoredResponse stored, String prefer) {
        StoredResponse answer = preferWait.apply(caller, stored, prefer);
        var response = ResponseEntity.status(answer.status())
                .contentType(answer.status() < 400 ? MediaType.APPLICATION_JSON : MediaType.APPLICATION_PROBLEM_JSON);
        if (stored.replayed()) {
            response.header("Idempotent-Replayed", "true");
        }
        PreferWait.seconds(prefer).ifPresent(seconds -> response.header("Preference-Applied", "wait=" + seconds));
        return response.header(HttpHeaders.CACHE_CONTROL, "no-store").body(answer.body());
    }
}
