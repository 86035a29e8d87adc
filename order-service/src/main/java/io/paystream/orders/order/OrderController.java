package io.paystream.orders.order;

import io.paystream.edge.problem.ProblemException;
import io.paystream.edge.problem.ProblemType;
import io.paystream.edge.request.IdempotencyKeyHeader;
import io.paystream.edge.request.ListPage;
import io.paystream.edge.request.ListQuery;
import io.paystream.edge.security.Caller;
import io.paystream.edge.security.Customer;
import io.paystream.orders.order.OrderService.Placed;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** {@code /v1/orders}: the caller (the token's {@code sub}) places orders and reads its own, never another's. */
@RestController
@RequestMapping(path = "/v1/orders", produces = MediaType.APPLICATION_JSON_VALUE)
class OrderController {

    static final String REPLAYED = "Idempotent-Replayed";
    static final ProblemType ORDER_NOT_FOUND =
            new ProblemType("order-not-found", HttpStatus.NOT_FOUND, "No such order");

    private final OrderService orders;

    OrderController(OrderService orders) {
        this.orders = orders;
    }

    @Operation(summary = "Create an order (status CREATED); needs scope orders:write")
    @ApiResponse(
            responseCode = "201",
            description = "Created; a retry with the same key and body gets the stored answer again, marked replayed",
            headers = {
                @Header(name = "Location"),
                @Header(name = REPLAYED, description = "true on a replay", schema = @Schema(type = "string"))
            })
    @ApiResponse(
            responseCode = "400",
            description = "Invalid fields (all listed) or malformed JSON",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(
            responseCode = "422",
            description = "Idempotency-Key reused with another body",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<OrderView> place(
            Customer caller,
            @Parameter(in = ParameterIn.HEADER, required = true, description = "1–255 printable ASCII characters")
                    @RequestHeader(name = IdempotencyKeyHeader.NAME, required = false)
                    String idempotencyKey,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(schema = @Schema(implementation = PlaceOrderRequest.class)))
                    @RequestBody
                    JsonNode body) {
        PlaceOrder command = PlaceOrderRequest.read(body, idempotencyKey);
        Placed placed = orders.place(caller, idempotencyKey, command);
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(placed.status())
                .location(URI.create("/v1/orders/" + placed.order().orderId()));
        if (placed.replayed()) {
            answer.header(REPLAYED, "true");
        }
        return answer.body(placed.order());
    }

    @Operation(summary = "An order of the caller, with its history and anomalies; needs scope orders:read")
    @ApiResponse(responseCode = "200", description = "The order")
    @ApiResponse(
            responseCode = "404",
            description = "No such order for this caller",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping("/{orderId}")
    OrderView get(Caller caller, @PathVariable String orderId) {
        return orders.find(orderId, caller)
                .orElseThrow(() -> new ProblemException(ORDER_NOT_FOUND, "No order " + orderId));
    }

    @Operation(
            summary = "A page of the caller's orders, newest first",
            description = "A shopper's own orders, or with a merchant's API key every order of the merchant;"
                    + " ?status=&customerId=&createdFrom=&createdTo=&limit=&startingAfter= (ARCHITECTURE §11)")
    @GetMapping
    ListPage<OrderView> list(Caller caller, HttpServletRequest request) {
        return orders.list(caller, ListQuery.read(request.getParameterMap(), OrderStatus.class));
    }
}
