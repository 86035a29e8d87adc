package io.paystream.wallet;

import io.paystream.braintree.simulator.BraintreeSimulator;
import io.paystream.braintree.simulator.SimulatorSettings;
import io.paystream.testsupport.RealServers;
import io.paystream.testsupport.Server;
import io.paystream.testsupport.TestServers;
import io.paystream.testsupport.tenancy.TenantStatements;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The wallet against real PostgreSQL, the mock IdP's tokens and the Braintree simulator; each test is a new customer. */
@RealServers(
        value = {Server.POSTGRES, Server.KAFKA, Server.OAUTH},
        database = "wallet")
@Import(TenantStatements.class)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "paystream.braintree.timeout=2s",
            "paystream.wallet.max-methods-per-customer=5",
            "paystream.wallet.vault-deletion-retry-interval=300ms"
        })
abstract class WalletTestBase {

    static final String METHODS = "/v1/wallet/payment-methods";
    static final BraintreeSimulator SIMULATOR = BraintreeSimulator.start(SimulatorSettings.forTests());
    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    WalletHttp http;
    String customer;
    String token;

    @DynamicPropertySource
    static void braintree(DynamicPropertyRegistry registry) {
        registry.add("paystream.braintree.base-url", SIMULATOR::baseUrl);
    }

    @BeforeEach
    void newCustomer() {
        http = new WalletHttp(port);
        customer = "customer-" + UUID.randomUUID();
        token = tokenFor(customer);
    }

    static String tokenFor(String subject) {
        return TestServers.oauth().token(subject, "wallet:read", "wallet:write");
    }

    HttpResponse<String> add(String type, String nonce) {
        return http.post(METHODS, token, "{\"type\":\"" + type + "\",\"nonce\":\"" + nonce + "\"}");
    }

    String addCard() {
        HttpResponse<String> added = add("CARD", "fake-valid-visa-nonce");
        if (added.statusCode() != 201) {
            throw new AssertionError("card not added: " + added.statusCode() + " " + added.body());
        }
        return json(added).path("id").asString();
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    String gatewayToken(String methodId) {
        return jdbc.sql("SELECT gateway_token FROM payment_method WHERE id = :id")
                .param("id", methodId)
                .query(String.class)
                .single();
    }

    int storedMethods() {
        return jdbc.sql("SELECT count(*) FROM payment_method WHERE customer_id = :customer")
                .param("customer", customer)
                .query(Integer.class)
                .single();
    }
}
