package io.paystream.webhooks.delivery;

import io.paystream.webhooks.endpoint.UrlRules;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DeliveryConfiguration {

    @Bean(destroyMethod = "close")
    DeliverySender deliverySender(UrlRules rules, DeliveryProperties properties, Clock clock) {
        return new DeliverySender(rules, properties.timeout(), properties.perEndpoint(), clock);
    }
}
