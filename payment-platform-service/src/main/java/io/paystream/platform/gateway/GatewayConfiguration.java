package io.paystream.platform.gateway;

import com.braintreegateway.Environment;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.micrometer.observation.ObservationRegistry;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Builds the Braintree client from {@link BraintreeProperties}, the circuit breaker around it, and its observation. */
@Configuration(proxyBeanMethods = false)
class GatewayConfiguration {

    @Bean
    Gateway gateway(BraintreeProperties properties, ObservationRegistry observations) {
        Environment environment = switch (properties.environment()) {
            case "sandbox" -> Environment.SANDBOX;
            case "production" -> Environment.PRODUCTION;
            default -> new Environment(properties.baseUrl(), properties.baseUrl(), new String[0], "custom");
        };
        var braintree = new com.braintreegateway.BraintreeGateway(
                environment, properties.merchantId(), properties.publicKey(), properties.privateKey());
        braintree.getConfiguration().setTimeout((int) properties.timeout().toMillis());
        braintree.getConfiguration().setConnectTimeout((int)
                properties.connectTimeout().toMillis());
        return new ObservedGateway(
                new BraintreeGateway(
                        braintree, circuitBreaker(properties.circuitOpenFor()), properties.merchantAccounts()),
                observations);
    }

    private static CircuitBreaker circuitBreaker(Duration openFor) {
        return CircuitBreaker.of(
                "braintree",
                CircuitBreakerConfig.custom()
                        .slidingWindowSize(20)
                        .minimumNumberOfCalls(10)
                        .failureRateThreshold(50)
                        .waitDurationInOpenState(openFor)
                        .permittedNumberOfCallsInHalfOpenState(2)
                        .build());
    }
}
