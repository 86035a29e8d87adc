package io.paystream.facade;

import static org.assertj.core.api.Assertions.assertThat;

import io.paystream.facade.web.Scopes;
import io.paystream.testsupport.OAuthServer;
import io.paystream.testsupport.RealServers;
import io.paystream.testsupport.Server;
import io.paystream.testsupport.TestServers;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The facade on a random port, trusting the mock IdP, with the three services behind it played by recording
 * servers, serving at most {@link #MAX_IN_FLIGHT} API requests at once. Every test class extends this one unchanged, so they share one Spring context. Each test has a customer
 * of its own, so one test's requests never count against another's rate limit (1 per second, burst 8, in tests).
 */
@RealServers(Server.OAUTH)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "paystream.facade.rate-limit.requests-per-second=1",
            "paystream.facade.rate-limit.burst=8",
            "paystream.facade.overload.max-in-flight=" + FacadeTestBase.MAX_IN_FLIGHT,
        })
public abstract class FacadeTestBase {

    /** The facade serves this many API requests at once in tests; the next is shed. */
    protected static final int MAX_IN_FLIGHT = 4;

    protected static final RecordingServer ORDERS = RecordingServer.start();
    protected static final RecordingServer WALLET = RecordingServer.start();
    protected static final RecordingServer PAYMENTS = RecordingServer.start();

    protected static final String[] ALL_SCOPES = Scopes.ALL.keySet().toArray(String[]::new);

    @LocalServerPort
    protected int port;

    protected Api api;

    protected final OAuthServer idp = TestServers.oauth();

    protected final String customer = "customer-" + UUID.randomUUID();

    @DynamicPropertySource
    static void servicesBehind(DynamicPropertyRegistry registry) {
        registry.add("paystream.facade.downstream.orders", ORDERS::baseUrl);
        registry.add("paystream.facade.downstream.wallet", WALLET::baseUrl);
        registry.add("paystream.facade.downstream.payments", PAYMENTS::baseUrl);
    }

    @BeforeEach
    void freshServicesBehind() {
        ORDERS.reset();
        WALLET.reset();
        PAYMENTS.reset();
        api = new Api(port);
    }

    /** A token of this test's customer with every scope of the API. */
    protected String token() {
        return idp.token(customer, ALL_SCOPES);
    }

    protected static void assertNothingForwarded() {
        assertThat(ORDERS.received()).as("requests to the order service").isEmpty();
        assertThat(WALLET.received()).as("requests to the wallet service").isEmpty();
        assertThat(PAYMENTS.received()).as("requests to the orchestrator").isEmpty();
    }

    protected static void assertProblem(Api.Answer answer, int status, String type) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.problemType()).isEqualTo("https://paystream.dev/problems/" + type);
        assertThat(answer.header("X-Request-Id")).isNotBlank();
    }
}
