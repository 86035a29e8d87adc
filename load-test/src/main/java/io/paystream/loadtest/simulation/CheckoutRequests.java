package io.paystream.loadtest.simulation;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.Body;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
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
                .exec(timedPost(
                        "create order",
                        "/v1/orders",
                        StringBody("{\"amount\":" + AMOUNT + ",\"currency\":\"USD\"}"),
                        false,
                        status().is(201),
                        jsonPath("$.orderId").saveAs("orderId")));
    }

    /** Approve and take the 202: the accept latency of scenario 1 and the start of scenario 3's clock. */
    ChainBuilder approve() {
        return timedPost(
                "approve (accept)",
                "/v1/payments",
                StringBody(session -> approval(session.getString("orderId"))),
                false,
                status().is(202),
                jsonPath("$.paymentId").saveAs("paymentId"));
    }

    /** Approve with {@code Prefer: wait=10}: the answer carries the final outcome. */
    ChainBuilder approveAndWait() {
        return timedPost(
                "approve (wait)",
                "/v1/payments",
                StringBody(session -> approval(session.getString("orderId"))),
                true,
                status().is(200),
                jsonPath("$.status").is("AUTHORIZED"),
                jsonPath("$.paymentId").saveAs("paymentId"));
    }

    ChainBuilder deposit(long amount) {
        return followUp("deposit (wait)", "deposits", amount, "CAPTURED");
    }

    ChainBuilder refund(long amount) {
        return followUp("refund (wait)", "refunds", amount, "PARTIALLY_REFUNDED");
    }

    /** A deposit or refund of the checkout's payment, waiting for the outcome that leaves it {@code expectedStatus}. */
    private ChainBuilder followUp(String name, String operations, long amount, String expectedStatus) {
        return timedPost(
                name,
                "/v1/payments/#{paymentId}/" + operations,
                StringBody("{\"amount\":" + amount + "}"),
                true,
                status().is(200),
                jsonPath("$.status").is(expectedStatus));
    }

    /**
     * A POST with a fresh idempotency key (and {@code Prefer: wait=10} when it waits for the outcome), timed into
     * {@link Timings} when it passed its checks, or as {@link Timings#SHED} when the facade shed it (503); a failed
     * checkout stops there.
     */
    private ChainBuilder timedPost(
            String name, String path, Body body, boolean waitForOutcome, CheckBuilder... checks) {
        HttpRequestActionBuilder request = http(name)
                .post(path)
                .header("Idempotency-Key", session -> UUID.randomUUID().toString())
                .body(body);
        if (waitForOutcome) {
            request = request.header("Prefer", "wait=10");
        }
        return exec(session -> session.set("sentAt", System.currentTimeMillis()))
                .exec(request.check(responseTimeInMillis().saveAs("millis"), status().saveAs("status"))
                        .check(checks))
                .exec(session -> {
                    if (session.isFailed() && session.contains("status") && session.getInt("status") == 503) {
                        timings.answered(
                                Timings.SHED,
                                session.contains("orderId") ? session.getString("orderId") : "-",
                                session.getLong("sentAt"),
                                session.getInt("millis"));
                    }
                    return session;
                })
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
