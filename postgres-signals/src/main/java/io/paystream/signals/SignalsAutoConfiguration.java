package io.paystream.signals;

import java.time.Duration;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;

/**
 * {@link PostgresSignals} on the service's own database, with the pool's URL and credentials. With
 * {@code paystream.signals.enabled=false} nothing listens, and every woken loop and wait polls instead, as before
 * issue 15 (for comparing the two, and as a way out should LISTEN ever be unavailable).
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class)
@ConditionalOnClass(PGConnection.class)
@ConditionalOnBean(DataSourceProperties.class)
public class SignalsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    PostgresSignals postgresSignals(
            DataSourceProperties dataSource, @Value("${paystream.signals.enabled:true}") boolean enabled) {
        PostgresSignals signals = new PostgresSignals(
                dataSource.determineUrl(), dataSource.determineUsername(), dataSource.determinePassword());
        return enabled ? signals : signals.deaf();
    }

    /** The service's relays, each woken by its channel; polling every {@code paystream.outbox.poll-interval} while deaf. */
    @Bean
    WokenLoops wokenLoops(
            PostgresSignals signals,
            ObjectProvider<WokenWork> works,
            @Value("${paystream.outbox.poll-interval:50ms}") Duration fallbackPoll) {
        return new WokenLoops(signals, works.orderedStream().toList(), fallbackPoll);
    }
}
