package io.paystream.outbox;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox and its relay for a service with a database and a {@link KafkaTemplate}. */
@AutoConfiguration(
        after = {JdbcClientAutoConfiguration.class, KafkaAutoConfiguration.class, TransactionAutoConfiguration.class})
@ConditionalOnBean({JdbcClient.class, KafkaTemplate.class})
public class KafkaOutboxAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    KafkaOutbox kafkaOutbox(JdbcClient jdbc) {
        return new KafkaOutbox(jdbc);
    }

    @Bean
    @ConditionalOnMissingBean
    KafkaOutboxRelay kafkaOutboxRelay(
            JdbcClient jdbc,
            KafkaTemplate<String, String> kafka,
            TransactionTemplate transactions,
            @Value("${paystream.outbox.batch-size:500}") int batchSize) {
        return new KafkaOutboxRelay(jdbc, kafka, transactions, batchSize);
    }
}
