package io.paystream.facade.payment;

import static io.paystream.facade.web.OpenApiConfiguration.SCHEME;

import io.paystream.edge.request.ListQuery;
import io.paystream.facade.forwarding.Downstream;
import io.paystream.facade.forwarding.Forwarder;
import io.paystream.facade.web.CheckedRequest;
import io.paystream.facade.web.ResourceIds;
import io.paystream.facade.web.Scopes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /v1/payments}: approvals and reads, checked here and forwarded to the orchestrator, which decides. */
@RestController
@RequestMapping("/v1/payments")
@Tag(name = "Payments", description = "Approve, deposit, reverse and refund; the orchestrator keeps the state")
class PaymentController {

    private final Forwarder forwarder;

    PaymentController(Forwarder forwarder) {
        this.forwarder = forwarder;
    }

    @Operation(
            summary = "Approve (authorize) an amount for an order",
            description = "Prefer: wait=N (N ≤ 10) holds the answer until the approval has an outcome",
            security = @SecurityRequirement(name = SCHEME, scopes = Scopes.PAYMENTS_WRITE))
    @ApiResponse(
            responseCode = "202",
            description = "Accepted, the approval is pending",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(type = "object"),
                            examples = @ExampleObject(PaymentExamples.PAYMENT)))
    @ApiResponse(responseCode = "200", description = "The approval's outcome came within Prefer: wait")
    @ApiResponse(responseCode = "409", description = "The Idempotency-Key is in flight")
    @ApiResponse(responseCode = "422", description = "The Idempotency-Key was used with another request")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> approve(
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            schema = @Schema(implementation = ApprovePaymentRequest.class),
                                            examples = {
                                                @ExampleObject(
                                                        name = "stored method",
                                                        value = PaymentExamples.APPROVE_STORED),
                                                @ExampleObject(
                                                        name = "one-time nonce",
                                                        value = PaymentExamples.APPROVE_NONCE)
                                            }))
                    @RequestBody(required = false)
                    byte[] body,
            HttpServletRequest request) {
        return forwarder.forward(
                Downstream.PAYMENTS, request, CheckedRequest.withBody(request, body, ApprovePaymentRequest::check));
    }

    @Operation(
            summary = "A payment of the caller",
            security = @SecurityRequirement(name = SCHEME, scopes = Scopes.PAYMENTS_READ))
    @ApiResponse(
            responseCode = "200",
            description = "The payment",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(type = "object"),
                            examples = @ExampleObject(PaymentExamples.PAYMENT)))
    @ApiResponse(responseCode = "404", description = "No such payment for this caller")
    @GetMapping("/{paymentId}")
    ResponseEntity<byte[]> get(@PathVariable String paymentId, HttpServletRequest request) {
        CheckedRequest.withoutBody(request);
        ResourceIds.requireWellFormed(paymentId);
        return forwarder.forward(Downstream.PAYMENTS, request, null);
    }

    @Operation(
            summary = "A payment's audit records",
            description = "Every money-moving request on the payment and every gateway attempt for it, in the order of"
                    + " the merchant's hash chain, each with its actor, outcome, previous hash and hash. A shopper reads"
                    + " their own payment's with payments:read; a merchant's API key needs audit:read. Records appear"
                    + " once chained, moments after what they record.",
            security = @SecurityRequirement(name = SCHEME, scopes = Scopes.PAYMENTS_READ))
    @ApiResponse(responseCode = "200", description = "The payment's records {paymentId, data}")
    @ApiResponse(responseCode = "404", description = "No such payment for this caller")
    @GetMapping("/{paymentId}/audit")
    ResponseEntity<byte[]> audit(@PathVariable String paymentId, HttpServletRequest request) {
        CheckedRequest.withoutBody(request);
        ResourceIds.requireWellFormed(paymentId);
        return forwarder.forward(Downstream.PAYMENTS, request, null);
    }

    @Operation(
            summary = "The caller's payments: one order's, or a page of all",
            description = "With orderId alone: that order's payments, oldest first (an array). Otherwise a page, newest"
                    + " first, of the caller's payments — a shopper's own, or with a merchant's API key every payment of"
                    + " the merchant — filtered by status, customerId and createdFrom/createdTo; the next page starts"
                    + " after the last paymentId of this one.",
            security = @SecurityRequirement(name = SCHEME, scopes = Scopes.PAYMENTS_READ))
    @ApiResponse(
            responseCode = "200",
            description = "The order's payments (possibly none), or a page {data, hasMore}",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(type = "object"),
                            examples = {
                                @ExampleObject(name = "order", value = PaymentExamples.PAYMENTS),
                                @ExampleObject(name = "page", value = PaymentExamples.PAGE)
                            }))
    @GetMapping
    ResponseEntity<byte[]> list(
            @Parameter(description = "The order (ord_…), alone", example = "ord_01KD7X2Z9Y8WQ3M4K2P5RT6VXZ")
                    @RequestParam(required = false)
                    String orderId,
            HttpServletRequest request) {
        CheckedRequest.withoutBody(request, errors -> {
            if (orderId == null) {
                return;
            }
            if (orderId.isBlank() || orderId.length() > ApprovePaymentRequest.MAX_ID) {
                errors.add("orderId", "must be 1 to " + ApprovePaymentRequest.MAX_ID + " characters");
            }
            if (request.getParameterMap().size() > 1) {
                errors.add("orderId", "lists one order's payments; leave out the other parameters");
            }
        });
        if (orderId == null) {
            ListQuery.read(request.getParameterMap());
        }
        return forwarder.forward(Downstream.PAYMENTS, request, null);
    }
}
