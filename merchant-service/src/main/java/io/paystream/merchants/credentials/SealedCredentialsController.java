package io.paystream.merchants.credentials;

import io.paystream.merchants.merchant.Merchant;
import io.paystream.merchants.merchant.MerchantRefused;
import io.paystream.merchants.merchant.Merchants;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /internal/merchants/{id}/credentials}: a merchant's credentials still sealed, for the services that
 * execute with them (scope {@code merchants:credentials}). They open them with the key-encryption key they are granted
 * themselves, so the credentials are in the clear only inside the process that uses them.
 */
@RestController
class SealedCredentialsController {

    private final Merchants merchants;

    SealedCredentialsController(Merchants merchants) {
        this.merchants = merchants;
    }

    @GetMapping(path = "/internal/merchants/{merchantId}/credentials", produces = MediaType.APPLICATION_JSON_VALUE)
    SealedCredentialsView sealed(@PathVariable String merchantId) {
        return merchants
                .find(merchantId)
                .map(SealedCredentialsView::of)
                .orElseThrow(() -> MerchantRefused.noMerchant(merchantId));
    }

    /** The sealed parts in base64, and what identifies the credentials in the clear. */
    record SealedCredentialsView(
            String merchantId,
            String braintreeMerchantId,
            String credentialsFingerprint,
            String keyId,
            byte[] wrappedDataKey,
            byte[] nonce,
            byte[] ciphertext) {

        static SealedCredentialsView of(Merchant merchant) {
            return new SealedCredentialsView(
                    merchant.id(),
                    merchant.braintreeMerchantId(),
                    merchant.credentialsFingerprint(),
                    merchant.credentials().keyId(),
                    merchant.credentials().wrappedDataKey(),
                    merchant.credentials().nonce(),
                    merchant.credentials().ciphertext());
        }
    }
}
