package io.paystream.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.paystream.testsupport.TestServers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A wallet that takes the connection and never answers: the approval is refused after the read timeout (3 s). The
 * context is used by this class alone, so it is closed after it, while the test servers are still up.
 */
@DirtiesContext
class SilentWalletIntegrationTests extends OrchestratorTestBase {

    // Bound and never accepting: the kernel completes the handshake and takes the request; nobody answers it.
    private static final ServerSocket SILENT_WALLET = listenWithoutAnswering();

    @DynamicPropertySource
    static void silentWallet(DynamicPropertyRegistry registry) {
        registry.add("paystream.wallet.base-url", () -> "http://localhost:" + SILENT_WALLET.getLocalPort());
        registry.add(
                "paystream.wallet.token-endpoint", () -> TestServers.oauth().tokenEndpoint());
        registry.add("paystream.wallet.client-secret", () -> "test-secret");
    }

    @AfterAll
    static void close() throws IOException {
        SILENT_WALLET.close();
    }

    @Test
    void walletThatNeverAnswersIs503AfterTheReadTimeoutAndTheKeyMayBeRetried() {
        TestServers.oauth().issueNextClientCredentials("payments-orchestrator", "wallet:internal");
        String body = """
                {"orderId":"ord_1","amount":1200,"currency":"USD","paymentMethodId":"pm_1"}""";

        // Without a read timeout the orchestrator would wait for ever, and so would this test.
        HttpResponse<String> first =
                assertTimeoutPreemptively(Duration.ofSeconds(30), () -> post("/v1/payments", "silent-wallet", body));
        HttpResponse<String> retry =
                assertTimeoutPreemptively(Duration.ofSeconds(30), () -> post("/v1/payments", "silent-wallet", body));

        assertThat(first.statusCode()).isEqualTo(503);
        assertThat(first.headers().firstValue("Retry-After")).isPresent();
        assertThat(retry.statusCode()).isEqualTo(503);
        assertThat(jdbc.sql("SELECT count(*) FROM payment WHERE customer_id = :c")
                        .param("c", customer)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    private static ServerSocket listenWithoutAnswering() {
        try {
            return new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
