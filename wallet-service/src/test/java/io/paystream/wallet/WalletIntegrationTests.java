package io.paystream.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

import com.braintreegateway.BraintreeGateway;
import com.braintreegateway.Environment;
import com.braintreegateway.exceptions.NotFoundException;
import io.paystream.braintree.simulator.SimulatorSettings;
import io.paystream.braintree.simulator.fault.Fault;
import io.paystream.contracts.PaymentMethodRemoved;
import io.paystream.contracts.WalletTopics;
import io.paystream.testsupport.OAuthServer.TokenSpec;
import io.paystream.testsupport.TestServers;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/** Adding, defaulting and deleting methods against the real vault (the simulator through braintree-java). */
class WalletIntegrationTests extends WalletTestBase {

    @Test
    void addedCardShowsDisplayDetailsButNeverItsGatewayToken() {
        HttpResponse<String> added = add("CARD", "fake-valid-visa-nonce");

        assertThat(added.statusCode()).isEqualTo(201);
        JsonNode method = json(added);
        assertThat(method.path("id").asString()).startsWith("pm_");
        assertThat(method.path("type").asString()).isEqualTo("CARD");
        assertThat(method.path("brand").asString()).isEqualTo("Visa");
        assertThat(method.path("last4").asString()).hasSize(4);
        assertThat(method.path("isDefault").asBoolean()).isTrue();
        assertThat(added.headers().firstValue("Location"))
                .hasValue(METHODS + "/" + method.path("id").asString());
        String gatewayToken = gatewayToken(method.path("id").asString());
        assertThat(added.body()).doesNotContain(gatewayToken);
        assertThat(http.get(METHODS, token).body()).doesNotContain(gatewayToken);
        assertThat(braintree().paymentMethod().find(gatewayToken).getToken()).isEqualTo(gatewayToken);
    }

    @ParameterizedTest(name = "{1} from {0}")
    @CsvSource({
        "fake-paypal-future-nonce, PAYPAL, payerEmail",
        "fake-apple-pay-visa-nonce, APPLE_PAY, last4",
        "fake-android-pay-visa-nonce, GOOGLE_PAY, last4"
    })
    void walletKindsAreStoredWithTheirDetails(String nonce, String type, String detail) {
        HttpResponse<String> added = add(type, nonce);

        assertThat(added.statusCode()).isEqualTo(201);
        assertThat(json(added).path("type").asString()).isEqualTo(type);
        assertThat(json(added).path(detail).asString()).isNotBlank();
    }

    @Test
    void nonceOfAnotherKindIsRefusedAndLeavesNothingInTheVault() {
        int vaultedBefore = vaultedMethods();

        HttpResponse<String> refused = add("CARD", "fake-paypal-future-nonce");

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(json(refused).path("type").asString()).endsWith("/payment-method-type-mismatch");
        assertThat(storedMethods()).isZero();
        assertThat(vaultedMethods()).isEqualTo(vaultedBefore);
    }

    @Test
    void unknownNonceIsRefusedWithTheGatewaysCode() {
        HttpResponse<String> refused = add("CARD", "tokencc_no_such_nonce");

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(json(refused).path("gatewayCode").asString()).isEqualTo("93108");
        assertThat(storedMethods()).isZero();
    }

    @Test
    void cardThatFailsVerificationIsRefused() {
        HttpResponse<String> refused = add("CARD", "fake-processor-declined-visa-nonce");

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(json(refused).path("gatewayCode").asString()).isEqualTo("verification_failed");
        assertThat(storedMethods()).isZero();
    }

    @Test
    void theSameSubAtAnotherMerchantIsAnotherCustomerWithAWalletOfItsOwn() {
        String method = addCard();
        String atAcme = TestServers.oauth()
                .token(TokenSpec.of(customer, "wallet:read", "wallet:write").withClaim("merchant_id", "mer_acme"));

        assertThat(json(http.get(METHODS, atAcme))).isEmpty();
        assertThat(List.of(
                        http.get(METHODS + "/" + method, atAcme).statusCode(),
                        http.patch(METHODS + "/" + method, atAcme, "{\"nickname\":\"mine\"}")
                                .statusCode(),
                        http.delete(METHODS + "/" + method, atAcme).statusCode()))
                .containsOnly(404);
        // This wallet runs without merchant-service: it has credentials for mer_demo only (the e2e suite vaults at
        // mer_acme's own account).
        HttpResponse<String> refused =
                http.post(METHODS, atAcme, "{\"type\":\"CARD\",\"nonce\":\"fake-valid-visa-nonce\"}");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(json(refused).path("type").asString()).endsWith("/merchant-not-configured");
        assertThat(json(http.get(METHODS + "/" + method, token))
                        .path("nickname")
                        .isNull())
                .isTrue();
        assertThat(jdbc.sql("SELECT merchant_id FROM payment_method WHERE customer_id = :c")
                        .param("c", customer)
                        .query(String.class)
                        .list())
                .containsExactly("mer_demo");
    }

    @Test
    void vaultDownWhileAddingAnswers503AndStoresNothing() {
        SIMULATOR.inject(Fault.status(503).on("payment_method_create"));

        HttpResponse<String> refused = add("CARD", "fake-valid-visa-nonce");

        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(refused.body()).doesNotContain("localhost").doesNotContain("Exception");
        assertThat(storedMethods()).isZero();
    }

    @Test
    void customerTheGatewayForgotIsMadeAgain() {
        addCard();
        SIMULATOR.reset(); // a gateway that lost its records: a fresh sandbox, or the local simulator restarted

        HttpResponse<String> added = add("CARD", "fake-valid-visa-nonce");

        assertThat(added.statusCode()).isEqualTo(201);
        assertThat(storedMethods()).isEqualTo(2);
    }

    @Test
    void makingAnotherMethodTheDefaultMovesIt() {
        String first = addCard();
        String second = addCard();

        HttpResponse<String> updated = http.patch(METHODS + "/" + second, token, "{\"makeDefault\":true}");

        assertThat(updated.statusCode()).isEqualTo(200);
        assertThat(defaults()).containsExactly(second);
        assertThat(json(http.get(METHODS + "/" + first, token))
                        .path("isDefault")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void theDefaultCannotBeUnsetWithoutChoosingAnother() {
        String only = addCard();

        HttpResponse<String> refused = http.patch(METHODS + "/" + only, token, "{\"makeDefault\":false}");

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(defaults()).containsExactly(only);
    }

    @Test
    void deletingTheDefaultPromotesTheMostRecentOtherAndEmptiesTheVault() {
        String oldest = addCard();
        String newest = addCard();
        String doomed = addCard();
        http.patch(METHODS + "/" + doomed, token, "{\"makeDefault\":true}");
        String doomedToken = gatewayToken(doomed);

        HttpResponse<String> deleted = http.delete(METHODS + "/" + doomed, token);

        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(defaults()).containsExactly(newest);
        assertThat(http.get(METHODS + "/" + doomed, token).statusCode()).isEqualTo(404);
        assertThat(ids(http.get(METHODS, token))).containsExactly(newest, oldest);
        assertThatExceptionOfType(NotFoundException.class)
                .isThrownBy(() -> braintree().paymentMethod().find(doomedToken));
    }

    @Test
    void aDeletedMethodIsToldOnItsTopicKeyedByItsCustomer() {
        String method = addCard();

        assertThat(http.delete(METHODS + "/" + method, token).statusCode()).isEqualTo(204);

        try (KafkaConsumer<String, String> removals = TestServers.kafka().consumerFromStart("wallet-tests")) {
            removals.subscribe(List.of(WalletTopics.METHOD_REMOVED));
            ConsumerRecord<String, String> told = await().atMost(Duration.ofSeconds(20))
                    .until(
                            () -> StreamSupport.stream(
                                            removals.poll(Duration.ofMillis(200))
                                                    .spliterator(),
                                            false)
                                    .filter(record -> record.value().contains(method))
                                    .findFirst()
                                    .orElse(null),
                            Objects::nonNull);
            PaymentMethodRemoved removed = JSON.readValue(told.value(), PaymentMethodRemoved.class);
            assertThat(told.key()).isEqualTo(customer);
            assertThat(removed.customerId()).isEqualTo(customer);
            assertThat(removed.merchantId()).isEqualTo("mer_demo");
            assertThat(removed.paymentMethodId()).isEqualTo(method);
        }
        assertThat(jdbc.sql("SELECT count(*) FROM outbox").query(Long.class).single())
                .as("relayed and deleted")
                .isZero();
    }

    @Test
    void deletionWhileTheVaultIsDownIsFinishedWhenItIsBack() {
        String method = addCard();
        String vaultToken = gatewayToken(method);
        SIMULATOR.inject(Fault.status(503).times(3).on("payment_method_delete"));

        assertThat(http.delete(METHODS + "/" + method, token).statusCode()).isEqualTo(204);
        assertThat(ids(http.get(METHODS, token))).isEmpty();

        await().atMost(Duration.ofSeconds(20)).until(() -> storedMethods() == 0);
        assertThatExceptionOfType(NotFoundException.class)
                .isThrownBy(() -> braintree().paymentMethod().find(vaultToken));
    }

    @Test
    void concurrentDefaultChangesLeaveExactlyOneDefault() throws Exception {
        List<String> methods = List.of(addCard(), addCard(), addCard(), addCard());

        try (var pool = Executors.newFixedThreadPool(8)) {
            var answers = IntStream.range(0, 40)
                    .mapToObj(i -> pool.submit(() -> http.patch(
                            METHODS + "/" + methods.get(i % methods.size()), token, "{\"makeDefault\":true}")))
                    .toList();
            for (var answer : answers) {
                assertThat(answer.get().statusCode()).isEqualTo(200);
            }
        }

        assertThat(defaults()).hasSize(1);
    }

    @Test
    void sameIdempotencyKeyReplaysTheFirstAnswerAndADifferentBodyIsRefused() {
        String body = "{\"type\":\"CARD\",\"nonce\":\"fake-valid-visa-nonce\",\"nickname\":\"work\"}";
        HttpResponse<String> first = http.post(METHODS, token, "key-1", body);
        HttpResponse<String> replay = http.post(METHODS, token, "key-1", body);
        HttpResponse<String> mismatch = http.post(METHODS, token, "key-1", body.replace("work", "home"));

        assertThat(replay.statusCode()).isEqualTo(201);
        assertThat(replay.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(json(replay).path("id").asString())
                .isEqualTo(json(first).path("id").asString());
        assertThat(mismatch.statusCode()).isEqualTo(422);
        assertThat(storedMethods()).isEqualTo(1);
    }

    @Test
    void aFullWalletRefusesOneMore() {
        IntStream.range(0, 5).forEach(i -> addCard());

        HttpResponse<String> refused = add("CARD", "fake-valid-visa-nonce");

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(json(refused).path("type").asString()).endsWith("/wallet-full");
        assertThat(storedMethods()).isEqualTo(5);
    }

    private List<String> defaults() {
        return jdbc.sql(
                        "SELECT id FROM payment_method WHERE customer_id = :customer AND is_default AND status = 'ACTIVE'")
                .param("customer", customer)
                .query(String.class)
                .list();
    }

    private static List<String> ids(HttpResponse<String> list) {
        return json(list)
                .valueStream()
                .map(method -> method.path("id").asString())
                .toList();
    }

    private static int vaultedMethods() {
        return (int) SIMULATOR.requests().stream()
                        .filter(request ->
                                request.operation().equals("payment_method_create") && request.status() == 201)
                        .count()
                - (int) SIMULATOR.requests().stream()
                        .filter(request ->
                                request.operation().equals("payment_method_delete") && request.status() == 200)
                        .count();
    }

    private static BraintreeGateway braintree() {
        return new BraintreeGateway(
                new Environment(SIMULATOR.baseUrl(), SIMULATOR.baseUrl(), new String[0], "simulator"),
                SimulatorSettings.DEFAULT_MERCHANT_ID,
                SimulatorSettings.DEFAULT_PUBLIC_KEY,
                SimulatorSettings.DEFAULT_PRIVATE_KEY);
    }
}
