package io.paystream.platform.gateway;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.paystream.contracts.PaymentJob;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Each call to Braintree as an observation, {@value #NAME}: a client span in the checkout's trace and a timer, by
 * call, operation and what came of it. The SDK's own HTTP client carries no trace context; this span is where the
 * gateway's share of a checkout shows.
 */
class ObservedGateway implements Gateway {

    static final String NAME = "paystream.gateway";

    private final Gateway gateway;
    private final ObservationRegistry observations;

    ObservedGateway(Gateway gateway, ObservationRegistry observations) {
        this.gateway = gateway;
        this.observations = observations;
    }

    @Override
    public GatewayOutcome execute(PaymentJob job) {
        return observe("execute", job, () -> gateway.execute(job), ObservedGateway::kind);
    }

    @Override
    public Lookup lookup(PaymentJob job) {
        return observe(
                "lookup",
                job,
                () -> gateway.lookup(job),
                found -> found instanceof Lookup.Found done ? kind(done.outcome()) : kind(found));
    }

    private <T> T observe(String call, PaymentJob job, Supplier<T> request, Function<T, String> outcome) {
        Observation observation = Observation.createNotStarted(NAME, observations)
                .contextualName(
                        "braintree " + call + " " + job.operation().name().toLowerCase(Locale.ROOT))
                .lowCardinalityKeyValue("call", call)
                .lowCardinalityKeyValue("operation", job.operation().name())
                .highCardinalityKeyValue("operation.id", job.operationId())
                .start();
        try (Observation.Scope ignored = observation.openScope()) {
            T answer = request.get();
            observation.lowCardinalityKeyValue("outcome", outcome.apply(answer));
            return answer;
        } catch (RuntimeException e) {
            observation.error(e);
            throw e;
        } finally {
            observation.stop();
        }
    }

    private static String kind(Object answer) {
        return answer.getClass().getSimpleName();
    }
}
