package io.paystream.merchants.merchant;

import io.paystream.edge.request.IdempotencyKey;
import io.paystream.edge.request.IdempotencyKeyHeader;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /v1/admin/merchants}: operators (realm role paystream-admin) create merchants and replace credentials. */
@RestController
@RequestMapping(path = "/v1/admin/merchants", produces = MediaType.APPLICATION_JSON_VALUE)
@Validated
class MerchantController {

    private final MerchantService merchants;

    MerchantController(MerchantService merchants) {
        this.merchants = merchants;
    }

    @Operation(summary = "Create a merchant with its Braintree credentials (sealed at once, never shown again)")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<MerchantView> create(
            @AuthenticationPrincipal Jwt operator,
            @RequestHeader(IdempotencyKeyHeader.NAME) @IdempotencyKey String idempotencyKey,
            @Valid @RequestBody NewMerchant request) {
        MerchantService.Created created = merchants.create(operator.getSubject(), idempotencyKey, request);
        var answer = ResponseEntity.created(
                URI.create("/v1/admin/merchants/" + created.merchant().id()));
        if (created.replayed()) {
            answer.header("Idempotent-Replayed", "true");
        }
        return answer.body(created.merchant());
    }

    @Operation(summary = "Merchants in id order, limit (≤ 100) after the id startingAfter")
    @GetMapping
    List<MerchantView> list(
            @RequestParam(required = false) @Pattern(regexp = MerchantIds.PATTERN) String startingAfter,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
        return merchants.list(startingAfter, limit);
    }

    @GetMapping("/{merchantId}")
    MerchantView get(@PathVariable String merchantId) {
        return merchants.get(merchantId);
    }

    @Operation(summary = "Replace the merchant's Braintree credentials (rotation at Braintree)")
    @PutMapping(path = "/{merchantId}/braintree", consumes = MediaType.APPLICATION_JSON_VALUE)
    MerchantView replaceCredentials(@PathVariable String merchantId, @Valid @RequestBody BraintreeKeys keys) {
        return merchants.replaceCredentials(merchantId, keys);
    }
}
