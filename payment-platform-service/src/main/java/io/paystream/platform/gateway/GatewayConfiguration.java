package io.paystream.platform.gateway;

import com.braintreegateway.Environment;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.micrometer.observation.ObservationRegistry;
import io.paystream.credentials.BraintreeCredentials;
import io.paystream.credentials.client.MerchantCredentialsClient;
import io.paystream.credentials.client.PerMerchant;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The gateway of each merchant (ARCHITECTURE §11), observed as one, each call told to the audit trail. With merchant-service configured
 * ({@code paystream.merchants.base-url}) every merchant's credentials come from it, sealed; without, the platform runs
 * for the default merchant alone on the credentials of {@link BraintreeProperties}, and any other merchant's jobs
 * fail as not configured.
 */
@Configuration(proxyBeanMethods = false)
class GatewayConfiguration {

    @Bean
    Gateway gateway(
            BraintreeProperties properties,
            ObjectProvider<MerchantCredentialsClient> merchants,
            ObservationRegistry observations,
            GatewayAttemptLog attempts,
            Clock clock) {
        PerMerchant.Credentials credentials =
                PerMerchant.Credentials.of(merchants.getIfAvailable(), properties.defaultMerchantCredentials());
        Gateway observed = new ObservedGateway(
                new MerchantGateways(new PerMerchant<>(
                        credentials,
                        merchant -> braintree(properties, merchant),
                        properties.credentialsRefreshAfter(),
                        Clock.systemUTC())),
                observations);
        return new AuditedGateway(observed, attempts, clock);
    }

    private static Gateway braintree(BraintreeProperties properties, BraintreeCredentials credentials) {
        Environment environment = switch (properties.environment()) {
            case "sandbox" -> Environment.SANDBOX;
            case "production" -> Environment.PRODUCTION;
            default -> new Environment(properties.baseUrl(), properties.baseUrl(), new String[0], "custom");
        };
        var braintree = new com.braintreegateway.BraintreeGateway(
                environment, credentials.merchantId(), credentials.publicKey(), credentials.privateKey());
        braintree.getConfiguration().setTimeout((int) properties.timeout().toMillis());
        braintree.getConfiguration().setConnectTimeout((int)
                properties.connectTimeout().toMillis());
        return new BraintreeGateway(
                braintree,
                circuitBreaker("braintree-" + credentials.merchantId(), properties.circuitOpenFor()),
                credentials.merchantAccounts());
    }

    /** One per merchant: one merchant's Braintree account failing opens no other's circuit. */
    private static CircuitBreaker circuitBreaker(String name, Duration openFor) {
        return CircuitBreaker.of(
                name,
                CircuitBreakerConfig.custom()
                        .slidingWindowSize(20)
                        .minimumNumberOfCalls(10)
                        .failureRateThreshold(50)
                        .waitDurationInOpenState(openFor)
                        .permittedNumberOfCallsInHalfOpenState(2)
                        .build());
    }
}
