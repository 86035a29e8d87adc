package io.paystream.facade.order;

import static io.paystream.facade.web.OpenApiConfiguration.SCHEME;

import io.paystream.edge.request.ListQuery;
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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /v1/orders}: checked here, forwarded to the order service. */
@RestController
@RequestMapping("/v1/orders")
@Tag(name = "Orders", description = "The caller's orders and their payment lifecycle")
class OrderController {

    static final String PLACE_EXAMPLE = """
            {"amount": 1050, "currency": "USD", "reference": "cart-42",
             "items": [{"sku": "TEA-1", "name": "Green tea", "quantity": 2, "unitAmount": 525}]}""";

    static final String ORDER_EXAMPLE = """
            {"orderId": "ord_01KD7X2Z9Y8WQ3M4K2P5RT6VXZ", "status": "CREATED", "amount": 1050, "currency": "USD",
             "paidAmount": 0, "refundedAmount": 0, "reference": "cart-42",
             "items": [{"sku": "TEA-1", "name": "Green tea", "quantity": 2, "unitAmount": 525}],
             "paymentId": null, "history": [], "anomalies": [],
             "createdAt": "2026-11-22T10:15:30.100Z", "updatedAt": "2026-11-22T10:15:30.100Z"}""";

    private final Forwarder forwarder;

    OrderController(Forwarder forwarder) {
        this.forwarder = forwarder;
    }

    @Operation(
            summary = "Create an order (status CREATED)",
            security = @SecurityRequirement(name = SCHEME, scopes = Scopes.ORDERS_WRITE))
    @ApiResponse(
            responseCode = "201",
            description = "Created; a replay of the same key and body is marked Idempotent-Replayed",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(type = "object"),
                            examples = @ExampleObject(ORDER_EXAMPLE)))
    @ApiResponse(responseCode = "422", description = "The Idempotency-Key was used with another request")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> place(
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            schema = @Schema(implementation = PlaceOrderRequest.class),
                                            examples = @ExampleObject(name = "order", value = PLACE_EXAMPLE)))
                    @RequestBody(required = false)
                    byte[] body,
            HttpServletRequest request) {
        return forwarder.forward(
                Downstream.ORDERS, request, CheckedRequest.withBody(request, body, PlaceOrderRequest::check));
    }

    @Operation(
            summary = "An order of the caller, with its history",
            security = @SecurityRequirement(name = SCHEME, scopes = Scopes.ORDERS_READ))
    @ApiResponse(
            responseCode = "200",
            description = "The order",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(type = "object"),
                            examples = @ExampleObject(ORDER_EXAMPLE)))
    @ApiResponse(responseCode = "404", description = "No such order for this caller")
    @GetMapping("/{orderId}")
    ResponseEntity<byte[]> get(@PathVariable String orderId, HttpServletRequest request) {
        CheckedRequest.withoutBody(request);
        ResourceIds.requireWellFormed(orderId);
        return forwarder.forward(Downstream.ORDERS, request, null);
    }

    @Operation(
            summary = "A page of the caller's orders, newest first",
            description = "A shopper's own orders, or with a merchant's API key every order of the merchant; filtered"
                    + " by status, customerId and createdFrom/createdTo; the next page starts after the last orderId"
                    + " of this one.",
            security = @SecurityRequirement(name = SCHEME, scopes = Scopes.ORDERS_READ))
    @ApiResponse(
            responseCode = "200",
            description = "A page {data, hasMore}",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(type = "object"),
                            examples = @ExampleObject("{\"data\": [" + ORDER_EXAMPLE + "], \"hasMore\": false}")))
    @GetMapping
    ResponseEntity<byte[]> list(HttpServletRequest request) {
        CheckedRequest.withoutBody(request);
        ListQuery.read(request.getParameterMap());
        return forwarder.forward(Downstream.ORDERS, request, null);
    }
}
