package io.paystream.localstack.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * Measures approve-to-order-AUTHORIZED on the running local stack: N sequential checkouts as alice, each an order
 * and an approval of a stored card through the facade (no {@code Prefer: wait}), timed from just before the approve
 * call until the order service shows the order AUTHORIZED (polled every 5 ms, on the order service itself so that
 * the polling does not count against the facade's rate limit); then N sequential approvals with {@code Prefer:
 * wait=10}, timed from the call to its 200, the synchronous path a shopper feels. Prints median, p99 and max of each,
 * and the PostgreSQL statements the second series ran per checkout (order and approval), by database.
 * Run with {@code ./paystream measure [N]}.
 */
public final class CheckoutLatency {

    private CheckoutLatency() {}

    public static void main(String[] args) {
        int checkouts = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        Checkout alice = Checkout.signIn("alice", "alice-password");
        alice.forgetStoredMethods();
        String card = alice.post(
                        "/v1/wallet/payment-methods", "{\"type\":\"CARD\",\"nonce\":\"fake-valid-visa-nonce\"}")
                .body()
                .path("id")
                .asString();
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < checkouts; i++) {
            String orderId = order(alice);
            long start = System.nanoTime();
            alice.postWithoutWaiting("/v1/payments", """
                    {"orderId":"%s","amount":1999,"currency":"USD","paymentMethodId":"%s"}""".formatted(orderId, card));
            while (!alice.getOrderDirectly(orderId)
                    .body()
                    .path("status")
                    .asString()
                    .equals("AUTHORIZED")) {
                if (System.nanoTime() - start > 60_000_000_000L) {
                    throw new IllegalStateException("order " + orderId + " not AUTHORIZED after 60 s");
                }
                LockSupport.parkNanos(5_000_000);
            }
            millis.add((System.nanoTime() - start) / 1e6);
            // Pace the checkouts: two facade calls each must stay under its 20 requests/s per customer.
            LockSupport.parkNanos(Math.max(0, 120_000_000 - (System.nanoTime() - start)));
        }
        print(checkouts + " sequential checkouts, approve call to order AUTHORIZED", millis);

        // The synchronous path a shopper feels: the approval answered in the same call.
        List<Double> waited = new ArrayList<>();
        StatementCensus.start();
        for (int i = 0; i < checkouts; i++) {
            String orderId = order(alice);
            long start = System.nanoTime();
            Checkout.Answer approved = alice.post("/v1/payments", """
                    {"orderId":"%s","amount":1999,"currency":"USD","paymentMethodId":"%s"}""".formatted(orderId, card));
            if (approved.status() != 200) {
                throw new IllegalStateException("approval with Prefer: wait answered " + approved.status());
            }
            waited.add((System.nanoTime() - start) / 1e6);
            LockSupport.parkNanos(Math.max(0, 120_000_000 - (System.nanoTime() - start)));
        }
        print(checkouts + " sequential approvals with Prefer: wait=10, call to its 200", waited);
        StatementCensus.print(checkouts);
    }

    private static String order(Checkout customer) {
        return customer.post("/v1/orders", "{\"amount\":1999,\"currency\":\"USD\"}")
                .body()
                .path("orderId")
                .asString();
    }

    private static void print(String what, List<Double> millis) {
        Collections.sort(millis);
        System.out.printf(
                "%s: median %.0f ms, p99 %.0f ms, max %.0f ms, min %.0f ms%n",
                what, percentile(millis, 50), percentile(millis, 99), millis.getLast(), millis.getFirst());
    }

    private static double percentile(List<Double> sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index));
    }
}
