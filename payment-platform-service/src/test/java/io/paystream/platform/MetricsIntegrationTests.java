package io.paystream.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.paystream.contracts.PaymentJob;
import io.paystream.contracts.PaymentQueues;
import io.paystream.testsupport.TestServers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Operators read outcomes per operation, UNKNOWN counts and the outbox backlog from the Prometheus endpoint. */
class MetricsIntegrationTests extends PlatformTestBase {

    @LocalServerPort
    int port;

    @Test
    void prometheusShowsOutcomesPerOperationAndTheGaugesOperatorsWatch() throws Exception {
        PaymentJob job = approve(1234, "USD", "fake-valid-nonce");
        send(job);
        awaitEvent(job);

        String scrape = scrape();

        assertThat(scrape)
                .containsPattern(
                        "paystream_gateway_operations_total\\{.*operation=\"APPROVE\".*outcome=\"SUCCEEDED\".*} [1-9]")
                .contains("paystream_executions_unknown")
                .contains("paystream_outbox_backlog");
    }

    @Test
    void prometheusCountsTheJobsInTheDeadLetterQueue() {
        var sqs = TestServers.sqs();
        sqs.client()
                .sendMessage(request -> request.queueUrl(sqs.queueUrl(PaymentQueues.PAYMENT_REQUESTS_DLQ))
                        .messageBody("{\"gave up\": true}"));

        await().atMost(Duration.ofSeconds(10))
                .until(() -> scrape(), scrape -> scrape.matches("(?s).*\\npaystream_jobs_dead_letters [1-9].*"));
    }

    private String scrape() throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/prometheus"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
    }
}
