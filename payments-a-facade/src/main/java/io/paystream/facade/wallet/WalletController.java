package io.paystream.facade.wallet;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /v1/wallet/payment-methods}: checked here, forwarded to the wallet service; gateway tokens never appear. */
@RestController
@RequestMapping("/v1/wallet/payment-methods")
@Tag(name = "Wallet", description = "The caller's stored payment methods (display details only)")
class WalletController {

    static final String ADD_EXAMPLE = """
            {"type": "CARD", "nonce": "fake-valid-visa-nonce", "nickname": "Work card", "makeDefault": true,
             "billingAddress": {"line1": "1 Main St", "city": "Springfield", "postalCode": "12345", "countryCode": "US"}}""";
    static final String UPDATE_EXAMPLE = """
            {"nickname": "Personal", "makeDefault": true}""";
    static final String METHOD_EXAMPLE = """
            {"id": "pm_01KD7X3A0B1C2D3E4F5G6H7J8K", "type": "CARD", "brand": "Visa", "last4": "1111",
             "expiryMonth": "12", "expiryYear": "2030", "payerEmail": null, "nickname": "Work card",
             "billingAddress": null, "isDefault": true, "createdAt": "2026-11-22T10:15:30.100Z"}""";

    private final Forwarder forwarder;

    WalletController(Forwarder forwarder) {
        this.forwarder = forwarder;
    }

    @Operation(
            summary = "The caller's payment methods",
            security = @SecurityRequirement(name = SCHEME, scopes = Scopes.WALLET_READ))
    @ApiResponse(
            responseCode = "200",
            description = "The methods, newest first",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(type = "array"),
                            examples = @ExampleObject("[" + METHOD_EXAMPLE + "]")))
    @GetMapping
    ResponseEntity<byte[]> list(HttpServletRequest request) {
        CheckedRequest.withoutBody(request);
        return forwarder.forward(Downstream.WALLET, request, null);
    }

    @Operation(
            summary = "Vault a payment method from a Braintree nonce",
            security = @SecurityRequirement(name = SCHEME, scopes = Scopes.WALLET_WRITE))
    @ApiResponse(
            responseCode = "201",
            description = "Added; a replay of the same key and body is marked Idempotent-Replayed",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(type = "object"),
                            examples = @ExampleObject(METHOD_EXAMPLE)))
    @ApiResponse(responseCode = "409", description = "The wallet is full")
    @ApiResponse(
            responseCode = "422",
            description = "Braintree refused the nonce, or the key was used with another body")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> add(
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            schema = @Schema(implementation = PaymentMethodRequests.Add.class),
                                            examples = @ExampleObject(name = "card", value = ADD_EXAMPLE)))
                    @RequestBody(required = false)
                    byte[] body,
            HttpServletRequest request) {
        return forwarder.forward(
                Downstream.WALLET, request, CheckedRequest.withBody(request, body, PaymentMethodRequests.Add::check));
    }

    @Operation(
            summary = "A payment method of the caller",
            security = @SecurityRequirement(name = SCHEME, scopes = Scopes.WALLET_READ))
    @ApiResponse(
            responseCode = "200",
            description = "The method",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(type = "object"),
                            examples = @ExampleObject(METHOD_EXAMPLE)))
    @ApiResponse(responseCode = "404", description = "No such method for this caller")
    @GetMapping("/{id}")
    ResponseEntity<byte[]> get(@PathVariable String id, HttpServletRequest request) {
        CheckedRequest.withoutBody(request);
        ResourceIds.requireWellFormed(id);
        return forwarder.forward(Downstream.WALLET, request, null);
    }

    @Operation(
            summary = "Change a method's nickname, billing address or default",
            security = @SecurityRequirement(name = SCHEME, scopes = Scopes.WALLET_WRITE))
    @ApiResponse(
            responseCode = "200",
            description = "The method as changed",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(type = "object"),
                            examples = @ExampleObject(METHOD_EXAMPLE)))
    @ApiResponse(responseCode = "404", description = "No such method for this caller")
    @ApiResponse(responseCode = "409", description = "makeDefault: false on the default (choose another instead)")
    @PatchMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> update(
            @PathVariable String id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            schema = @Schema(implementation = PaymentMethodRequests.Update.class),
                                            examples = @ExampleObject(name = "rename", value = UPDATE_EXAMPLE)))
                    @RequestBody(required = false)
                    byte[] body,
            HttpServletRequest request) {
        byte[] checked = CheckedRequest.withBody(request, body, PaymentMethodRequests.Update::check);
        ResourceIds.requireWellFormed(id);
        return forwarder.forward(Downstream.WALLET, request, checked);
    }

    @Operation(
            summary = "Delete a payment method",
            security = @SecurityRequirement(name = SCHEME, scopes = Scopes.WALLET_WRITE))
    @ApiResponse(responseCode = "204", description = "Deleted; the next most recent method becomes the default")
    @ApiResponse(responseCode = "404", description = "No such method for this caller")
    @DeleteMapping("/{id}")
    ResponseEntity<byte[]> delete(@PathVariable String id, HttpServletRequest request) {
        CheckedRequest.withoutBody(request);
        ResourceIds.requireWellFormed(id);
        return forwarder.forward(Downstream.WALLET, request, null);
    }
}
