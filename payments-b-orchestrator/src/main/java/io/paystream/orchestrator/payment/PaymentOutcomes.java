package io.paystream.orchestrator.payment;

import io.micrometer.core.instrument.MeterRegistry;
import io.paystream.contracts.PaymentEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records the platform's outcome on the payment and its operation, once per {@code eventId}. */
@Service
public class PaymentOutcomes {

    private static final Logger log = LoggerFactory.getLogger(PaymentOutcomes.class);

    private final Payments payments;
    private final JdbcClient jdbc;
    private final MeterRegistry meters;

    PaymentOutcomes(Payments payments, JdbcClient jdbc, MeterRegistry meters) {
        this.payments = payments;
        this.jdbc = jdbc;
        this.meters = meters;
    }

    @Transactional
    public void record(PaymentEvent event) {
        boolean first = jdbc.sql("INSERT INTO inbox (event_id) VALUES (:id) ON CONFLICT DO NOTHING")
                        .param("id", event.eventId())
                        .update()
                == 1;
        if (!first) {
            return;
        }
        Payment payment = payments.lock(event.merchantId(), event.paymentId()).orElse(null);
        if (payment == null) {
            log.warn(
                    "Event {} is for payment {} of {}, which this orchestrator does not know",
                    event.eventId(),
                    event.paymentId(),
                    event.merchantId());
            return;
        }
        if (payment.apply(event)) {
            payments.save(payment);
            meters.counter(
                            "paystream.payment.outcomes",
                            "event",
                            event.eventType().name())
                    .increment();
        }
    }
}
