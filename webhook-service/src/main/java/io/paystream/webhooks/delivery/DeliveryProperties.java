package io.paystream.webhooks.delivery;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code paystream.webhooks.delivery.*}: the attempt's timeout (15 s, ARCHITECTURE §14), how many attempts run at
 * once per endpoint (per instance), how often due retries are looked for, and after how long an endpoint whose every
 * attempt failed is disabled.
 */
@ConfigurationProperties("paystream.webhooks.delivery")
record DeliveryProperties(
        @DefaultValue("15s") Duration timeout,
        @DefaultValue("4") int perEndpoint,
        @DefaultValue("1s") Duration duePoll,
        @DefaultValue("200") int batch,
        @DefaultValue("5d") Duration disableAfter) {

    /** A sender's hold on a delivery: past the timeout, so only a sender that died loses it. */
    Duration lease() {
        return timeout.plusSeconds(30);
    }
}
