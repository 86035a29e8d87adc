package io.paystream.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The wire shape is the contract: each golden file is what another team's consumer parses. Renaming a
 * field, changing its type or dropping it fails here before it fails in production.
 */
class GoldenFileTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String MERCHANT = "mer_acme";
    private static final String CUSTOMER = "3f1c2a9e-7b44-4c1d-9a63-0d7f1e2b5c88";
    private static final Instant EVENT_TIME = Instant.parse("2026-11-22T10:15:31.500Z");

    static Stream<Arguments> messages() {
        return Stream.of(
                Arguments.of(
                        "approve-job-stored-method",
                        new PaymentJob(
                                "op_01JD7X3M4K2Q",
                                Operation.APPROVE,
                                "pay_01JD7X3M4K2P",
                                "ord_01JD7X2Z9Y8W",
                                MERCHANT,
                                CUSTOMER,
                                1,
                                1050,
                                "USD",
                                new StoredPaymentMethod(PaymentMethodType.CARD, "bt_token_7xk2m9"),
                                null,
                                null,
                                Instant.parse("2026-11-22T10:15:30.125Z"))),
                Arguments.of(
                        "approve-job-nonce",
                        new PaymentJob(
                                "op_01JD7X3M4K2R",
                                Operation.APPROVE,
                                "pay_01JD7X3M4K2S",
                                "ord_01JD7X2Z9Y8X",
                                MERCHANT,
                                CUSTOMER,
                                1,
                                5000,
                                "JPY",
                                null,
                                "fake-apple-pay-visa-nonce",
                                null,
                                Instant.parse("2026-11-22T10:16:00Z"))),
                Arguments.of(
                        "deposit-job",
                        new PaymentJob(
                                "op_01JD7X4A0B1C",
                                Operation.DEPOSIT,
                                "pay_01JD7X3M4K2P",
                                "ord_01JD7X2Z9Y8W",
                                MERCHANT,
                                CUSTOMER,
                                2,
                                600,
                                "USD",
                                new StoredPaymentMethod(PaymentMethodType.CARD, "bt_token_7xk2m9"),
                                null,
                                "kx2m4q9d",
                                Instant.parse("2026-11-22T10:20:00Z"))),
                Arguments.of(
                        "payment-approved",
                        event(
                                PaymentEventType.PAYMENT_APPROVED,
                                1,
                                1050,
                                "USD",
                                "kx2m4q9d",
                                PaymentMethodType.CARD,
                                null,
                                null,
                                null)),
                Arguments.of(
                        "payment-declined",
                        event(
                                PaymentEventType.PAYMENT_DECLINED,
                                1,
                                200000,
                                "USD",
                                "pd7w1n3c",
                                PaymentMethodType.CARD,
                                null,
                                "2000",
                                "Do Not Honor")),
                Arguments.of(
                        "payment-deposited",
                        event(
                                PaymentEventType.PAYMENT_DEPOSITED,
                                2,
                                600,
                                "USD",
                                "kx2m4q9d",
                                PaymentMethodType.CARD,
                                null,
                                null,
                                null)),
                Arguments.of(
                        "payment-reversed",
                        event(
                                PaymentEventType.PAYMENT_REVERSED,
                                3,
                                450,
                                "KWD",
                                "kx2m4q9d",
                                PaymentMethodType.PAYPAL,
                                ReversalMethod.VOID,
                                null,
                                null)),
                Arguments.of(
                        "payment-refunded",
                        event(
                                PaymentEventType.PAYMENT_REFUNDED,
                                4,
                                300,
                                "USD",
                                "rf8t2v6b",
                                PaymentMethodType.GOOGLE_PAY,
                                null,
                                null,
                                null)),
                Arguments.of(
                        "payment-failed",
                        event(
                                PaymentEventType.PAYMENT_FAILED,
                                1,
                                300000,
                                "USD",
                                null,
                                null,
                                null,
                                "gateway_rejected",
                                "Gateway rejected the transaction")),
                Arguments.of(
                        "payment-method-removed",
                        new PaymentMethodRemoved(
                                "evt_01JD7Y0Q8R3T", MERCHANT, CUSTOMER, "pm_4c1d9a630d7f", EVENT_TIME)),
                Arguments.of(
                        "gateway-attempt-recorded",
                        new GatewayAttemptRecorded(
                                "att_01JD7Y1B2C3D",
                                MERCHANT,
                                "pay_01JD7X3M4K2P",
                                "op_01JD7X3M4K2Q",
                                Operation.APPROVE,
                                "sale",
                                "platform",
                                "txn_8f2k3m",
                                "1000",
                                "Approved",
                                212,
                                "SUCCEEDED",
                                EVENT_TIME)));
    }

    @ParameterizedTest(name = "{0} serializes to its golden file")
    @MethodSource("messages")
    void serializesToGoldenFile(String name, Object message) throws IOException {
        JsonNode expected = JSON.readTree(golden(name));

        // Through text, as a consumer sees it: numbers compare by value, not by Java type.
        JsonNode actual = JSON.readTree(JSON.writeValueAsString(message));

        assertThat(actual).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} golden file reads back to the same record")
    @MethodSource("messages")
    void readsGoldenFileBack(String name, Object message) throws IOException {
        Object read = JSON.readValue(golden(name), message.getClass());

        assertThat(read).isEqualTo(message);
    }

    @ParameterizedTest(name = "{0} without merchantId, as sent before merchants, reads as mer_demo's")
    @MethodSource("messages")
    void readsTheShapeBeforeMerchantsAsTheDefaultMerchant(String name, Object message) throws IOException {
        JsonNode golden = JSON.readTree(golden(name));
        ObjectNode before = (ObjectNode) golden.deepCopy();
        before.remove("merchantId");

        Object read = JSON.readValue(JSON.writeValueAsString(before), message.getClass());

        assertThat(read).hasFieldOrPropertyWithValue("merchantId", DefaultMerchant.ID);
    }

    private static PaymentEvent event(
            PaymentEventType type,
            long sequence,
            long amount,
            String currency,
            String gatewayTransactionId,
            PaymentMethodType methodType,
            ReversalMethod reversalMethod,
            String failureCode,
            String failureMessage) {
        String name = type.topic();
        return new PaymentEvent(
                "evt_" + name,
                type,
                "pay_01JD7X3M4K2P",
                "ord_01JD7X2Z9Y8W",
                MERCHANT,
                CUSTOMER,
                "op_" + name,
                sequence,
                amount,
                currency,
                gatewayTransactionId,
                methodType,
                reversalMethod,
                failureCode,
                failureMessage,
                EVENT_TIME);
    }

    private static InputStream golden(String name) {
        InputStream stream = GoldenFileTests.class.getResourceAsStream("/golden/" + name + ".json");
        assertThat(stream).as("golden file %s.json", name).isNotNull();
        return stream;
    }
}
