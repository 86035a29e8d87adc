package io.paystream.facade.payment;

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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The follow-ups of an approval: deposits, reversals and refunds, checked here and decided by the orchestrator. */
@RestController
@RequestMapping("/v1/payments/{paymentId}")
@Tag(name = "Payments")
class PaymentOperationController {

    private final Forwarder forwarder;

    PaymentOperationController(Forwarder forwarder) {
        this.forwarder = forwarder;
    }

    @Operation(
            summary = "Deposit (capture) an approved amount",
            description = "Without amount, everything still authorized; allowed from AUTHORIZED or CAPTURED",
            security = @SecurityRequirement(name = SCHEME, scopes = Scopes.PAYMENTS_WRITE))
    @ApiResponse(
            responseCode = "202",
            description = "Accepted, the deposit is pending",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(type = "object"),
                            examples = @ExampleObject(PaymentExamples.PAYMENT)))
    @ApiResponse(responseCode = "200", description = "The deposit's outcome came within Prefer: wait")
    @ApiResponse(responseCode = "404", description = "No such payment for this caller")
    @ApiResponse(responseCode = "409", description = "Not allowed in the payment's state, or the key is in flight")
    @ApiResponse(responseCode = "422", description = "Above what can be deposited, or the key was reused")
    @PostMapping(path = "/deposits", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> deposit(
            @PathVariable String paymentId,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            schema = @Schema(implementation = FollowUpRequest.class),
                                            examples = {
                                                @ExampleObject(name = "part", value = PaymentExamples.PARTIAL),
                                                @ExampleObject(
                                                        name = "all that is left",
                                                        value = PaymentExamples.EVERYTHING_LEFT)
                                            }))
                    @RequestBody(required = false)
                    byte[] body,
            HttpServletRequest request) {
        return followUp(paymentId, request, CheckedRequest.withBody(request, body, FollowUpRequest::check));
    }

    @Operation(
            summary = "Reverse (void) the approval",
            description = "From AUTHORIZED, or CAPTURED while the money has not settled",
            security = @SecurityRequirement(name = SCHEME, scopes = Scopes.PAYMENTS_WRITE))
    @ApiResponse(
            responseCode = "202",
            description = "Accepted, the reversal is pending",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(type = "object"),
                            examples = @ExampleObject(PaymentExamples.PAYMENT)))
    @ApiResponse(responseCode = "200", description = "The reversal's outcome came within Prefer: wait")
    @ApiResponse(responseCode = "404", description = "No such payment for this caller")
    @ApiResponse(responseCode = "409", description = "Not allowed in the payment's state, or the key is in flight")
    @PostMapping(path = "/reversals", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> reverse(
            @PathVariable String paymentId,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            schema = @Schema(implementation = ReversalRequest.class),
                                            examples = @ExampleObject(name = "reversal", value = "{}")))
                    @RequestBody(required = false)
                    byte[] body,
            HttpServletRequest request) {
        return followUp(paymentId, request, CheckedRequest.withBody(request, body, ReversalRequest::check));
    }

    @Operation(
            summary = "Refund deposited money",
            description = "Without amount, everything captured and not yet refunded",
            security = @SecurityRequirement(name = SCHEME, scopes = Scopes.PAYMENTS_WRITE))
    @ApiResponse(
            responseCode = "202",
            description = "Accepted, the refund is pending",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(type = "object"),
                            examples = @ExampleObject(PaymentExamples.PAYMENT)))
    @ApiResponse(responseCode = "200", description = "The refund's outcome came within Prefer: wait")
    @ApiResponse(responseCode = "404", description = "No such payment for this caller")
    @ApiResponse(responseCode = "409", description = "Not allowed in the payment's state, or the key is in flight")
    @ApiResponse(responseCode = "422", description = "Above what can be refunded, or the key was reused")
    @PostMapping(path = "/refunds", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> refund(
            @PathVariable String paymentId,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            schema = @Schema(implementation = FollowUpRequest.class),
                                            examples = {
                                                @ExampleObject(name = "part", value = PaymentExamples.PARTIAL),
                                                @ExampleObject(
                                                        name = "all that is left",
                                                        value = PaymentExamples.EVERYTHING_LEFT)
                                            }))
                    @RequestBody(required = false)
                    byte[] body,
            HttpServletRequest request) {
        return followUp(paymentId, request, CheckedRequest.withBody(request, body, FollowUpRequest::check));
    }

    private ResponseEntity<byte[]> followUp(String paymentId, HttpServletRequest request, byte[] body) {
        ResourceIds.requireWellFormed(paymentId);
        return forwarder.forward(Downstream.PAYMENTS, request, body);
    }
}
