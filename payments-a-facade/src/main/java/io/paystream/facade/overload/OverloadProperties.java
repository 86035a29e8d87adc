package io.paystream.facade.overload;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much one facade instance takes on at once ({@code paystream.facade.overload}).
 *
 * @param maxInFlight API requests served at the same time; the next one is shed. Well above what a healthy platform
 *     needs (Little's law: 200 requests/s answered in 50 ms keep 10 in flight), low enough that a request admitted
 *     under overload is still answered within a second or so
 * @param retryAfter what a shed request is told to wait before it tries again
 */
@ConfigurationProperties("paystream.facade.overload")
public record OverloadProperties(
        @DefaultValue("128") int maxInFlight,
        @DefaultValue("1s") Duration retryAfter) {

    public OverloadProperties {
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("paystream.facade.overload.max-in-flight must be at least 1");
        }
    }
}
