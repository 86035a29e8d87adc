package io.paystream.loadtest.simulation;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.util.UUID;

/** The checkout calls of the public API as Gatling requests, each timed into {@link Timings}. */
final class CheckoutRequests {

    /** The amount of every benchmark order: 19.99 USD, far from the simulator's decline amounts. */
    static final long AMOUNT = 1999;

    private final RunSettings settings;
    private final Timings timings;

    CheckoutRequests(RunSettings settings, Timings timings) {
        this.settings = settings;
        this.timings = timings;
    }

    HttpProtocolBuilder protocol() {
        return http.baseUrl(settings.facade())
                .authorizationHeader("Bearer " + settings.token())
                .contentTypeHeader("application/json")
                .acceptHeader("application/json")
                // A pool of keep-alive connections like an API gateway's, not a new connection per checkout.
                .shareConnections();
    }

    ChainBuilder createOrder() {
        return exec(session -> {
                    timings.checkoutStarted();
                    return session;
                })
                .exec(timed(
                        "create order",
                        http("create order")
                                .post("/v1/orders")
                                .header(
                                        "Idempotency-Key",
                                        session -> UUID.randomUUID().toString())
                                .body(StringBody("{\"amount\":" + AMOUNT + ",\"currency\":\"USD\"}"))
                                .check(status().is(201), jsonPath("$.orderId").saveAs("orderId"))));
    }

    /** Approve and take the 202: the accept latency of scenario 1 and the start of scenario 3's clock. */
    ChainBuilder approve() {
        return exec(timed(
                "approve (accept)",
                http("approve (accept)")
                        .post("/v1/payments")
                        .header("Idempotency-Key", session -> UUID.randomUUID().toString())
                        .body(StringBody(session -> approval(session.getString("orderId"))))
                        .check(status().is(202), jsonPath("$.paymentId").saveAs("paymentId"))));
    }

    /** Approve with {@code Prefer: wait=10}: the answer carries the final outcome. */
    ChainBuilder approveAndWait() {
        return exec(timed(
                "approve (wait)",
                http("approve (wait)")
                        .post("/v1/payments")
                        .header("Idempotency-Key", session -> UUID.randomUUID().toString())
                        .header("Prefer", "wait=10")
                        .body(StringBody(session -> approval(session.getString("orderId"))))
                        .check(
                                status().is(200),
                                jsonPath("$.status").is("AUTHORIZED"),
                                jsonPath("$.paymentId").saveAs("paymentId"))));
    }

    ChainBuilder deposit(long amount) {
        return exec(timed(
                "deposit (wait)",
                http("deposit (wait)")
                        .post("/v1/payments/#{paymentId}/deposits")
                        .header("Idempotency-Key", session -> UUID.randomUUID().toString())
                        .header("Prefer", "wait=10")
                        .body(StringBody("{\"amount\":" + amount + "}"))
                        .check(status().is(200), jsonPath("$.status").is("CAPTURED"))));
    }

    ChainBuilder refund(long amount) {
        return exec(timed(
                "refund (wait)",
                http("refund (wait)")
                        .post("/v1/payments/#{paymentId}/refunds")
                        .header("Idempotency-Key", session -> UUID.randomUUID().toString())
                        .header("Prefer", "wait=10")
                        .body(StringBody("{\"amount\":" + amount + "}"))
                        .check(status().is(200), jsonPath("$.status").is("PARTIALLY_REFUNDED"))));
    }

    /** The request, then its time into {@link Timings} when it passed its checks; a failed checkout stops there. */
    private ChainBuilder timed(String name, HttpRequestActionBuilder request) {
        return exec(session -> session.set("sentAt", System.currentTimeMillis()))
                .exec(request.check(responseTimeInMillis().saveAs("millis")))
                .exitHereIfFailed()
                .exec(session -> {
                    timings.answered(
                            name, session.getString("orderId"), session.getLong("sentAt"), session.getInt("millis"));
                    return session;
                });
    }

    private String approval(String orderId) {
        return """
                {"orderId":"%s","amount":%d,"currency":"USD","paymentMethodId":"%s"}""".formatted(orderId, AMOUNT, settings.paymentMethodId());
    }
}
