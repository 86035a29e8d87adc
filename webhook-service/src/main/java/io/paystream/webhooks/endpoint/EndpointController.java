package io.paystream.webhooks.endpoint;

import io.paystream.edge.request.IdempotencyKey;
import io.paystream.edge.request.IdempotencyKeyHeader;
import io.paystream.edge.request.ListPage;
import io.paystream.edge.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /v1/webhook-endpoints}: a merchant's key with {@code webhooks:manage} manages where its events go. */
@RestController
@RequestMapping(path = "/v1/webhook-endpoints", produces = MediaType.APPLICATION_JSON_VALUE)
@Validated
class EndpointController {

    static final String ID_PATTERN = "we_[0-9a-f]{24}";

    private final EndpointService endpoints;

    EndpointController(EndpointService endpoints) {
        this.endpoints = endpoints;
    }

    @Operation(summary = "Register an endpoint; its signing secret (whsec_…) is in this answer")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<EndpointView> create(
            Caller caller,
            @RequestHeader(IdempotencyKeyHeader.NAME) @IdempotencyKey String idempotencyKey,
            @Valid @RequestBody NewEndpoint request) {
        Answered<EndpointView> created = endpoints.create(caller, idempotencyKey, request);
        return created.as(ResponseEntity.created(
                URI.create("/v1/webhook-endpoints/" + created.body().id())));
    }

    @Operation(summary = "The merchant's endpoints, newest first, limit (≤ 100) after the id startingAfter")
    @GetMapping
    ListPage<EndpointView> list(
            Caller caller,
            @RequestParam(required = false) @Pattern(regexp = ID_PATTERN) String startingAfter,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
        return endpoints.list(caller, startingAfter, limit);
    }

    @GetMapping("/{id}")
    EndpointView get(Caller caller, @PathVariable String id) {
        return endpoints.get(caller, id);
    }

    @Operation(summary = "Change the URL, event types, description or status (ENABLED, DISABLED)")
    @PatchMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    EndpointView update(Caller caller, @PathVariable String id, @Valid @RequestBody EndpointChange change) {
        return endpoints.update(caller, id, change);
    }

    @Operation(summary = "Delete the endpoint and its deliveries")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(Caller caller, @PathVariable String id) {
        endpoints.delete(caller, id);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "A new signing secret; the one before it keeps signing for 24 hours")
    @PostMapping("/{id}/rotate-secret")
    ResponseEntity<EndpointView> rotateSecret(
            Caller caller,
            @RequestHeader(IdempotencyKeyHeader.NAME) @IdempotencyKey String idempotencyKey,
            @PathVariable String id) {
        return endpoints.rotateSecret(caller, idempotencyKey, id).as(ResponseEntity.status(HttpStatus.OK));
    }
}
