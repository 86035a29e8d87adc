package io.paystream.facade.webhook;

import static io.paystream.facade.web.OpenApiConfiguration.SCHEME;

import io.paystream.facade.forwarding.Downstream;
import io.paystream.facade.forwarding.Forwarder;
import io.paystream.facade.web.CheckedRequest;
import io.paystream.facade.web.ResourceIds;
import io.paystream.facade.web.Scopes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A merchant's webhook endpoints and their deliveries (ARCHITECTURE §14): only a merchant's API key with
 * {@code webhooks:manage} reaches them; checked here, forwarded to the webhook service.
 */
@RestController
@Tag(
        name = "Webhooks",
        description = "A merchant's endpoints for signed lifecycle events (Standard Webhooks); API keys only")
class WebhookController {

    static final String NEW_EXAMPLE = """
            {"url": "https://shop.example.com/webhooks/paystream", "eventTypes": ["payment.authorized", "payment.captured"],
             "description": "ERP"}""";
    static final String CHANGE_EXAMPLE = """
            {"status": "ENABLED"}""";
    static final String RECOVERY_EXAMPLE = """
            {"since": "2026-12-07T10:00:00Z"}""";
    static final String ENDPOINT_EXAMPLE = """
            {"id": "we_5b1d0c2e8a41b7c6e5d4f3a2", "url": "https://shop.example.com/webhooks/paystream",
             "eventTypes": ["payment.authorized", "payment.captured"], "status": "ENABLED",
             "createdAt": "2026-12-07T10:00:00.123456Z", "updatedAt": "2026-12-07T10:00:00.123456Z",
             "secret": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"}""";
    static final String DELIVERY_EXAMPLE = """
            {"id": "wd_0f4b6c1d2e3f40516273849a5b6c7d8e", "endpointId": "we_5b1d0c2e8a41b7c6e5d4f3a2",
             "eventId": "evt_3f9c0d2e8a41b7c6e5d4f3a2", "eventType": "payment.captured", "status": "PENDING",
             "attemptCount": 1, "nextAttemptAt": "2026-12-07T10:00:05Z", "createdAt": "2026-12-07T10:00:00Z",
             "attempts": [{"number": 1, "attemptedAt": "2026-12-07T10:00:00Z", "statusCode": 503,
                           "latencyMillis": 41, "response": "busy"}]}""";

    private final Forwarder forwarder;

    WebhookController(Forwarder forwarder) {
        this.forwarder = forwarder;
    }

    @Operation(
            summary = "Register an endpoint",
            description = "Its signing secret (whsec_…) is in this answer, and in a replay of this request only.",
            security = @SecurityRequirement(name = SCHEME, scopes = Scopes.WEBHOOKS_MANAGE))
    @ApiResponse(
            responseCode = "201",
            description = "Registered, enabled",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(type = "object"),
                            examples = @ExampleObject(ENDPOINT_EXAMPLE)))
    @ApiResponse(responseCode = "422", description = "The key was used with another body")
    @PostMapping(path = "/v1/webhook-endpoints", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> create(
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            schema = @Schema(implementation = WebhookRequests.NewEndpoint.class),
                                            examples = @ExampleObject(name = "endpoint", value = NEW_EXAMPLE)))
                    @RequestBody(required = false)
                    byte[] body,
            HttpServletRequest request) {
        return forwarder.forward(
                Downstream.WEBHOOKS,
                request,
                CheckedRequest.withBody(request, body, WebhookRequests.NewEndpoint::check));
    }

    @Operation(
            summary = "The merchant's endpoints, newest first (limit ≤ 100, startingAfter an endpoint id)",
            security = @SecurityRequirement(name = SCHEME, scopes = Scopes.WEBHOOKS_MANAGE))
    @ApiResponse(responseCode = "200", description = "A page {data, hasMore}, without secrets")
    @GetMapping("/v1/webhook-endpoints")
    ResponseEntity<byte[]> list(HttpServletRequest request) {
        CheckedRequest.withoutBody(request);
        return forwarder.forward(Downstream.WEBHOOKS, request, null);
    }

    @Operation(
            summary = "An endpoint of the merchant",
            security = @SecurityRequirement(name = SCHEME, scopes = Scopes.WEBHOOKS_MANAGE))
    @ApiResponse(responseCode = "200", description = "The endpoint, with disabledReason when Paystream disabled it")
    @ApiResponse(responseCode = "404", description = "No such endpoint of this merchant")
    @GetMapping("/v1/webhook-endpoints/{id}")
    ResponseEntity<byte[]> get(@PathVariable String id, HttpServletRequest request) {
        return withoutBody(id, request);
    }

    @Operation(
            summary = "Change an endpoint's URL, event types, description or status",
            security = @SecurityRequirement(name = SCHEME, scopes = Scopes.WEBHOOKS_MANAGE))
    @ApiResponse(responseCode = "200", description = "The endpoint as changed")
    @ApiResponse(responseCode = "404", description = "No such endpoint of this merchant")
    @PatchMapping(path = "/v1/webhook-endpoints/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> update(
            @PathVariable String id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            schema = @Schema(implementation = WebhookRequests.EndpointChange.class),
                                            examples = @ExampleObject(name = "enable", value = CHANGE_EXAMPLE)))
                    @RequestBody(required = false)
                    byte[] body,
            HttpServletRequest request) {
        byte[] checked = CheckedRequest.withBody(request, body, WebhookRequests.EndpointChange::check);
        ResourceIds.requireWellFormed(id);
        return forwarder.forward(Downstream.WEBHOOKS, request, checked);
    }

    @Operation(
            summary = "Delete an endpoint and its deliveries",
            security = @SecurityRequirement(name = SCHEME, scopes = Scopes.WEBHOOKS_MANAGE))
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "404", description = "No such endpoint of this merchant")
    @DeleteMapping("/v1/webhook-endpoints/{id}")
    ResponseEntity<byte[]> delete(@PathVariable String id, HttpServletRequest request) {
        return withoutBody(id, request);
    }

    @Operation(
            summary = "A new signing secret",
            description =
                    "The secret before it keeps signing for 24 hours: deliveries carry both signatures meanwhile.",
            security = @SecurityRequirement(name = SCHEME, scopes = Scopes.WEBHOOKS_MANAGE))
    @ApiResponse(responseCode = "200", description = "The endpoint with its new secret; a replay shows the same one")
    @ApiResponse(responseCode = "404", description = "No such endpoint of this merchant")
    @PostMapping("/v1/webhook-endpoints/{id}/rotate-secret")
    ResponseEntity<byte[]> rotateSecret(@PathVariable String id, HttpServletRequest request) {
        return withoutBody(id, request);
    }

    @Operation(
            summary = "An endpoint's deliveries, newest first, each with its attempts",
            description = "status=PENDING, SUCCEEDED or FAILED; limit ≤ 100; startingAfter a delivery id.",
            security = @SecurityRequirement(name = SCHEME, scopes = Scopes.WEBHOOKS_MANAGE))
    @ApiResponse(
            responseCode = "200",
            description = "A page {data, hasMore}",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(type = "object"),
                            examples = @ExampleObject("{\"data\": [" + DELIVERY_EXAMPLE + "], \"hasMore\": false}")))
    @ApiResponse(responseCode = "404", description = "No such endpoint of this merchant")
    @GetMapping("/v1/webhook-endpoints/{id}/deliveries")
    ResponseEntity<byte[]> deliveries(@PathVariable String id, HttpServletRequest request) {
        return withoutBody(id, request);
    }

    @Operation(
            summary = "Send every delivery to the endpoint that failed for good since a time, again",
            security = @SecurityRequirement(name = SCHEME, scopes = Scopes.WEBHOOKS_MANAGE))
    @ApiResponse(responseCode = "202", description = "{endpointId, since, recovered}: how many are due again")
    @ApiResponse(responseCode = "404", description = "No such endpoint of this merchant")
    @PostMapping(path = "/v1/webhook-endpoints/{id}/recover", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> recover(
            @PathVariable String id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            schema = @Schema(implementation = WebhookRequests.Recovery.class),
                                            examples = @ExampleObject(name = "since", value = RECOVERY_EXAMPLE)))
                    @RequestBody(required = false)
                    byte[] body,
            HttpServletRequest request) {
        byte[] checked = CheckedRequest.withBody(request, body, WebhookRequests.Recovery::check);
        ResourceIds.requireWellFormed(id);
        return forwarder.forward(Downstream.WEBHOOKS, request, checked);
    }

    @Operation(
            summary = "Send a delivery again now, under the same webhook-id",
            security = @SecurityRequirement(name = SCHEME, scopes = Scopes.WEBHOOKS_MANAGE))
    @ApiResponse(
            responseCode = "202",
            description = "The delivery, due now",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(type = "object"),
                            examples = @ExampleObject(DELIVERY_EXAMPLE)))
    @ApiResponse(responseCode = "404", description = "No such delivery of this merchant")
    @PostMapping("/v1/webhook-deliveries/{id}/resend")
    ResponseEntity<byte[]> resend(@PathVariable String id, HttpServletRequest request) {
        return withoutBody(id, request);
    }

    private ResponseEntity<byte[]> withoutBody(String id, HttpServletRequest request) {
        CheckedRequest.withoutBody(request);
        ResourceIds.requireWellFormed(id);
        return forwarder.forward(Downstream.WEBHOOKS, request, null);
    }
}
