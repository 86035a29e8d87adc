package io.paystream.orchestrator.wallet;

import io.paystream.contracts.PaymentMethodType;
import io.paystream.edge.problem.EdgeProblem;
import io.paystream.edge.problem.ProblemException;
import io.paystream.edge.security.Customer;
import io.paystream.servicetokens.ServiceTokens;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/** Reads a customer's stored method, with its gateway token, from the wallet's internal endpoint. */
@Component
public class WalletClient {

    private static final Logger log = LoggerFactory.getLogger(WalletClient.class);

    private final RestClient http;
    private final ServiceTokens tokens;

    WalletClient(RestClient.Builder http, WalletProperties properties, ServiceTokens tokens) {
        this.http = http.baseUrl(properties.baseUrl()).build();
        this.tokens = tokens;
    }

    /** The method as the wallet stores it, or empty when this customer has no such method. */
    public Optional<StoredMethod> lookup(Customer customer, String paymentMethodId) {
        try {
            return Optional.ofNullable(http.get()
                    .uri(
                            "/internal/merchants/{merchant}/customers/{customer}/payment-methods/{id}",
                            customer.merchantId(),
                            customer.subject(),
                            paymentMethodId)
                    .headers(headers -> headers.setBearerAuth(tokens.token()))
                    .retrieve()
                    .body(StoredMethod.class));
        } catch (HttpClientErrorException.NotFound notFound) {
            return Optional.empty();
        } catch (RestClientException e) {
            log.warn("The wallet did not answer a lookup: {}", e.getClass().getSimpleName());
            throw new WalletUnavailable(e);
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
    public static class WalletUnavailable extends ProblemException {
        WalletUnavailable(Throwable cause) {
            super(
                    EdgeProblem.SERVICE_UNAVAILABLE,
                    "The wallet is not answering; nothing was changed, try again shortly",
                    Map.of(),
                    Duration.ofSeconds(5));
            initCause(cause);
        }
    }
}
