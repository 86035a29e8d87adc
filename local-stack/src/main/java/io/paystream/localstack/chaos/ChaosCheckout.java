package io.paystream.localstack.chaos;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * One checkout of the chaos run, of one of four kinds, carried out by a careful shopper: each step waits for the
 * payment's final answer to it before the next. What it ends as is checked against what its kind expects.
 */
final class ChaosCheckout {

    /** The four kinds, with the payment's and the order's final status each must reach. */
    enum Kind {
        APPROVE("AUTHORIZED", "AUTHORIZED"),
        APPROVE_AND_DEPOSIT_ALL("CAPTURED", "PAID"),
        APPROVE_DEPOSIT_PART_REFUND_PART("PARTIALLY_REFUNDED", "PARTIALLY_REFUNDED"),
        APPROVE_AND_REVERSE("REVERSED", "REVERSED");

        final String paymentStatus;
        final String orderStatus;

        Kind(String paymentStatus, String orderStatus) {
            this.paymentStatus = paymentStatus;
            this.orderStatus = orderStatus;
        }
    }

    static final long AMOUNT = 5000;

    /** What became of one checkout: its payment as last read, its order's status, and every operation id it made. */
    record Result(
            Kind kind,
            String orderId,
            String paymentId,
            String paymentStatus,
            String orderStatus,
            List<String> operationIds,
            Instant finishedAt,
            String failure) {

        boolean asExpected() {
            return failure == null && kind.paymentStatus.equals(paymentStatus) && kind.orderStatus.equals(orderStatus);
        }
    }

    private ChaosCheckout() {}

    static Result run(Kind kind, CarefulShopper shopper, String methodId) {
        String orderId = null;
        String paymentId = null;
        try {
            orderId = shopper.post("/v1/orders", "{\"amount\":" + AMOUNT + ",\"currency\":\"USD\"}")
                    .body()
                    .path("orderId")
                    .asString();
            JsonNode payment = step(shopper, "/v1/payments", """
                    {"orderId":"%s","amount":%d,"currency":"USD","paymentMethodId":"%s"}""".formatted(orderId, AMOUNT, methodId), null);
            paymentId = payment.path("paymentId").asString();
            String operations = "/v1/payments/" + paymentId;
            switch (kind) {
                case APPROVE -> {}
                case APPROVE_AND_DEPOSIT_ALL -> step(shopper, operations + "/deposits", "{}", paymentId);
                case APPROVE_DEPOSIT_PART_REFUND_PART -> {
                    step(shopper, operations + "/deposits", "{\"amount\":3000}", paymentId);
                    // The simulator settles a capture 5 s after it: the refund waits for that at the platform.
                    step(shopper, operations + "/refunds", "{\"amount\":1000}", paymentId);
                }
                case APPROVE_AND_REVERSE -> step(shopper, operations + "/reversals", "{}", paymentId);
            }
            JsonNode last = shopper.get(operations).body();
            String orderPath = "/v1/orders/" + orderId;
            // The order hears of the payment through Kafka: wait for it to agree, when the payment is as it should be.
            JsonNode order = last.path("status").asString().equals(kind.paymentStatus)
                    ? shopper.getUntil(
                            orderPath, read -> read.path("status").asString().equals(kind.orderStatus))
                    : shopper.get(orderPath).body();
            String orderStatus = order.path("status").asString();
            return new Result(
                    kind,
                    orderId,
                    paymentId,
                    last.path("status").asString(),
                    orderStatus,
                    operationIds(last),
                    Instant.now(),
                    null);
        } catch (RuntimeException failed) {
            return new Result(kind, orderId, paymentId, null, null, List.of(), Instant.now(), failed.toString());
        }
    }

    /**
     * Sends one operation carefully and waits until it is final on the payment: its last operation no longer
     * PENDING. A refusal (4xx) ends the checkout.
     */
    private static JsonNode step(CarefulShopper shopper, String path, String body, String paymentId) {
        CarefulShopper.Answer answer = shopper.post(path, body);
        if (answer.status() >= 400) {
            throw new IllegalStateException(path + " refused: " + answer.status() + " " + answer.body());
        }
        String id =
                paymentId != null ? paymentId : answer.body().path("paymentId").asString();
        return shopper.getUntil("/v1/payments/" + id, ChaosCheckout::lastOperationFinal);
    }

    private static boolean lastOperationFinal(JsonNode payment) {
        JsonNode operations = payment.path("operations");
        String status = operations.path(operations.size() - 1).path("status").asString();
        return !status.equals("PENDING") && !status.equals("UNKNOWN");
    }

    private static List<String> operationIds(JsonNode payment) {
        List<String> ids = new ArrayList<>();
        payment.path("operations")
                .forEach(operation -> ids.add(operation.path("operationId").asString()));
        return ids;
    }
}
