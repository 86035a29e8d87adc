package io.paystream.wallet.method;

import io.paystream.edge.request.IdempotencyKey;
import io.paystream.edge.request.IdempotencyKeyHeader;
import io.paystream.edge.security.Customer;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own wallet; the caller is the token's subject at its merchant, and another customer's method is a 404. */
@RestController
@RequestMapping("/v1/wallet/payment-methods")
@Validated
class PaymentMethodController {

    private final WalletService wallet;

    PaymentMethodController(WalletService wallet) {
        this.wallet = wallet;
    }

    @GetMapping
    List<PaymentMethodView> list(Customer caller) {
        return wallet.list(caller);
    }

    @PostMapping
    ResponseEntity<PaymentMethodView> add(
            Customer caller,
            @RequestHeader(IdempotencyKeyHeader.NAME) @IdempotencyKey String idempotencyKey,
            @Valid @RequestBody AddPaymentMethod request) {
        WalletService.Added added = wallet.add(caller, request, idempotencyKey);
        var response = ResponseEntity.created(
                URI.create("/v1/wallet/payment-methods/" + added.method().id()));
        if (added.replayed()) {
            response.header("Idempotent-Replayed", "true");
        }
        return response.body(added.method());
    }

    @GetMapping("/{id}")
    PaymentMethodView get(Customer caller, @PathVariable String id) {
        return wallet.get(caller, id);
    }

    @PatchMapping("/{id}")
    PaymentMethodView update(
            Customer caller, @PathVariable String id, @Valid @RequestBody UpdatePaymentMethod request) {
        return wallet.update(caller, id, request);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(Customer caller, @PathVariable String id) {
        wallet.delete(caller, id);
    }
}
