package io.paystream.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.observation.ObservationPredicate;
import org.junit.jupiter.api.Test;
import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class TracingAutoConfigurationTests {

    private final ObservationPredicate observed = new TracingAutoConfiguration().noActuatorObservations();

    @Test
    void actuatorRequestsAreNotObserved() {
        assertThat(observed.test("http.server.requests", request("/actuator/health/readiness")))
                .isFalse();
        assertThat(observed.test("http.server.requests", request("/actuator/prometheus")))
                .isFalse();
    }

    @Test
    void apiRequestsAreObserved() {
        assertThat(observed.test("http.server.requests", request("/v1/payments")))
                .isTrue();
        assertThat(observed.test("http.server.requests", request("/actuatorish")))
                .isTrue();
    }

    private static ServerRequestObservationContext request(String path) {
        return new ServerRequestObservationContext(
                new MockHttpServletRequest("GET", path), new MockHttpServletResponse());
    }
}
