package io.paystream.credentials.client;

import io.paystream.credentials.BraintreeCredentials;
import io.paystream.credentials.CredentialsUnreadable;
import io.paystream.credentials.Envelope;
import io.paystream.credentials.SealedCredentials;
import io.paystream.servicetokens.ServiceTokens;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * A merchant's Braintree credentials as merchant-service keeps them (ARCHITECTURE §11): fetched still sealed with the
 * service's own token ({@code merchants:credentials}) and opened here with the key-encryption key this service is
 * granted, so they are in the clear only in the process that uses them.
 */
public class MerchantCredentialsClient {

    private final RestClient merchants;
    private final ServiceTokens tokens;
    private final Envelope envelope;

    public MerchantCredentialsClient(RestClient merchants, ServiceTokens tokens, Envelope envelope) {
        this.merchants = merchants;
        this.tokens = tokens;
        this.envelope = envelope;
    }

    /**
     * The merchant's credentials, or empty for a merchant that merchant-service does not know.
     *
     * @throws CredentialsUnavailable when merchant-service did not answer, refused this service, or sent credentials
     *     this service cannot open: nothing is known about the merchant, so ask again later
     */
    public Optional<BraintreeCredentials> credentials(String merchantId) {
        Sealed sealed;
        try {
            sealed = merchants
                    .get()
                    .uri("/internal/merchants/{id}/credentials", merchantId)
                    .headers(headers -> headers.setBearerAuth(tokens.token()))
                    .retrieve()
                    .body(Sealed.class);
        } catch (HttpClientErrorException answer) {
            if (answer.getStatusCode() == HttpStatus.NOT_FOUND) {
                return Optional.empty();
            }
            throw new CredentialsUnavailable("merchant-service refused: " + answer.getStatusCode(), answer);
        } catch (RestClientException failed) {
            throw new CredentialsUnavailable(
                    "merchant-service did not answer: " + failed.getClass().getSimpleName(), failed);
        }
        if (sealed == null || !merchantId.equals(sealed.merchantId())) {
            throw new CredentialsUnavailable("merchant-service answered for another merchant", null);
        }
        try {
            return Optional.of(BraintreeCredentials.fromBytes(envelope.open(merchantId, sealed.sealed())));
        } catch (CredentialsUnreadable unreadable) {
            throw new CredentialsUnavailable(
                    "sealed credentials unreadable here: " + unreadable.getMessage(), unreadable);
        }
    }

    /** The answer of {@code GET /internal/merchants/{id}/credentials}; byte arrays come as base64. */
    record Sealed(String merchantId, String keyId, byte[] wrappedDataKey, byte[] nonce, byte[] ciphertext) {

        SealedCredentials sealed() {
            return new SealedCredentials(keyId, wrappedDataKey, nonce, ciphertext);
        }
    }

    /** merchant-service could not say, or this service could not open what it said. */
    public static class CredentialsUnavailable extends RuntimeException {

        public CredentialsUnavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
