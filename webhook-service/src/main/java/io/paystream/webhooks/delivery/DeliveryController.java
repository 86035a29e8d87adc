package io.paystream.webhooks.delivery;

import io.paystream.edge.request.IdempotencyKey;
import io.paystream.edge.request.IdempotencyKeyHeader;
import io.paystream.edge.request.ListPage;
import io.paystream.edge.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A merchant's deliveries with their attempts, and sending them again (ARCHITECTURE §14). */
@RestController
@Validated
class DeliveryController {

    private final DeliveryService deliveries;

    DeliveryController(DeliveryService deliveries) {
        this.deliveries = deliveries;
    }

    @Operation(summary = "The endpoint's deliveries, newest first, each with its attempts")
    @GetMapping(path = "/v1/webhook-endpoints/{endpointId}/deliveries", produces = MediaType.APPLICATION_JSON_VALUE)
    ListPage<DeliveryView> list(
            Caller caller,
            @PathVariable String endpointId,
            @RequestParam(required = false) DeliveryStatus status,
            @RequestParam(required = false) @Pattern(regexp = "wd_[0-9a-f]{32}") String startingAfter,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
        return deliveries.list(caller, endpointId, status, startingAfter, limit);
    }

    @Operation(summary = "Send the delivery again now, under the same webhook-id")
    @PostMapping(path = "/v1/webhook-deliveries/{id}/resend", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<DeliveryView> resend(
            Caller caller,
            @RequestHeader(IdempotencyKeyHeader.NAME) @IdempotencyKey String idempotencyKey,
            @PathVariable String id) {
        return deliveries.resend(caller, idempotencyKey, id).as(ResponseEntity.status(HttpStatus.ACCEPTED));
    }

    @Operation(summary = "Send again every delivery to the endpoint that failed for good since the time given")
    @PostMapping(
            path = "/v1/webhook-endpoints/{endpointId}/recover",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<DeliveryService.Recovered> recover(
            Caller caller,
            @RequestHeader(IdempotencyKeyHeader.NAME) @IdempotencyKey String idempotencyKey,
            @PathVariable String endpointId,
            @Valid @RequestBody Recovery recovery) {
        return deliveries
                .recover(caller, idempotencyKey, endpointId, recovery.since())
                .as(ResponseEntity.status(HttpStatus.ACCEPTED));
    }
}
