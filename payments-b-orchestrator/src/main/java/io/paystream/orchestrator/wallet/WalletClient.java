package io.paystream.orchestrator.wallet;

import io.paystream.contracts.PaymentMethodType;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/** Reads a customer's stored method, with its gateway token, from the wallet's internal endpoint. */
@Component
public class WalletClient {

    private final RestClient http;
    private final ServiceTokens tokens;

    WalletClient(RestClient.Builder http, WalletProperties properties, ServiceTokens tokens) {
        this.http = http.baseUrl(properties.baseUrl()).build();
        this.tokens = tokens;
    }

    /** The method as the wallet stores it, or empty when this customer has no such method. */
    public Optional<StoredMethod> lookup(String customerId, String paymentMethodId) {
        try {
            return Optional.ofNullable(http.get()
                    .uri("/internal/customers/{customer}/payment-methods/{id}", customerId, paymentMethodId)
                    .headers(headers -> headers.setBearerAuth(tokens.token()))
                    .retrieve()
                    .body(StoredMethod.class));
        } catch (HttpClientErrorException.NotFound notFound) {
            return Optional.empty();
        } catch (RestClientException e) {
            throw new WalletUnavailable(
                    "the wallet did not answer the lookup: " + e.getClass().getSimpleName(), e);
        }
    }

    /** The wallet's internal view of a method. */
    public record StoredMethod(String id, PaymentMethodType type, String gatewayToken, String brand, String last4) {

        @Override
        public String toString() {
            return "StoredMethod[id=" + id + ", type=" + type + ", gatewayToken=<redacted>]";
        }
    }

    /** The wallet (or the token endpoint) could not be reached: nothing was decided. */
    public static class WalletUnavailable extends RuntimeException {
        WalletUnavailable(String message, Throwable cause) {
            super(message, cause);
        }

        public HttpStatus status() {
            return HttpStatus.SERVICE_UNAVAILABLE;
        }
    }
}
