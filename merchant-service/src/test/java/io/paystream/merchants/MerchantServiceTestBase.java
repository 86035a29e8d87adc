package io.paystream.merchants;

import io.paystream.testsupport.HttpCalls;
import io.paystream.testsupport.OAuthServer;
import io.paystream.testsupport.OAuthServer.TokenSpec;
import io.paystream.testsupport.RealServers;
import io.paystream.testsupport.Server;
import io.paystream.testsupport.TestServers;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The merchant service on a random port against real PostgreSQL and the mock IdP, its key-encryption keys in a file
 * under target/. Every test class extends this one unchanged, so they all share one Spring context.
 */
@RealServers(
        value = {Server.POSTGRES, Server.OAUTH},
        database = "merchants")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "paystream.kek.local-file=" + MerchantServiceTestBase.KEY_FILE,
            "paystream.api-keys.pepper=" + MerchantServiceTestBase.PEPPER
        })
public abstract class MerchantServiceTestBase {

    protected static final String KEY_FILE = "target/test-keys/key-encryption-keys.json";
    protected static final String PEPPER = "a-pepper-for-the-tests-of-the-merchant-service";
    protected static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient jdbc;

    protected final OAuthServer idp = TestServers.oauth();

    protected String operatorToken() {
        return idp.token(TokenSpec.operator("ops", "paystream-admin"));
    }

    protected Answer call(String method, String path, String token, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (method.equals("POST")) {
            request.header("Idempotency-Key", UUID.randomUUID().toString());
        }
        return new Answer(HttpCalls.send(request));
    }

    protected Answer post(String path, String idempotencyKey, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + operatorToken())
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        return new Answer(HttpCalls.send(request));
    }

    protected Answer asOperator(String method, String path, String body) {
        return call(method, path, operatorToken(), body);
    }

    /** Creates a merchant with a fresh id and credentials whose private key names it; returns its id. */
    protected String createMerchant(String privateKey) {
        String id = "mer_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Answer created = asOperator("POST", "/v1/admin/merchants", merchantBody(id, privateKey));
        if (created.status() != 201) {
            throw new AssertionError("creating " + id + " answered " + created.status() + " " + created.body());
        }
        return id;
    }

    protected static String merchantBody(String id, String privateKey) {
        return """
                {"id": "%s", "name": "Shop %s",
                 "braintree": {"merchantId": "bt_%s", "publicKey": "public_%s", "privateKey": "%s",
                               "merchantAccounts": {"USD": "usd_account"}}}""".formatted(id, id, id, id, privateKey);
    }

    /** An answer, with its body parsed when it is JSON. */
    public record Answer(HttpResponse<String> response) {

        public int status() {
            return response.statusCode();
        }

        public String body() {
            return response.body();
        }

        public JsonNode json() {
            return JSON.readTree(response.body());
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }
    }
}
