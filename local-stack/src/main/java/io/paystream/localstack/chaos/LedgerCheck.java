package io.paystream.localstack.chaos;

import io.paystream.localstack.chaos.ChaosCheckout.Result;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The run's checkouts against the Braintree simulator's own ledger: no operation moved money twice (one transaction
 * at most per orderId, which every request carries as the operation's id), no transaction that no operation accounts
 * for, and each checkout's money where its kind says it must be.
 */
final class LedgerCheck {

    private static final Set<String> CAPTURED = Set.of("submitted_for_settlement", "settling", "settled");

    private final Map<String, List<JsonNode>> byOrderId = new HashMap<>();
    private final Map<String, JsonNode> byId = new HashMap<>();
    private final List<String> violations = new ArrayList<>();

    LedgerCheck(JsonNode ledger) {
        ledger.forEach(transaction -> {
            byId.put(transaction.path("id").asString(), transaction);
            byOrderId
                    .computeIfAbsent(transaction.path("orderId").asString(), id -> new ArrayList<>())
                    .add(transaction);
        });
    }

    int transactions() {
        return byId.size();
    }

    /** What is wrong, one line each; empty when every check holds. */
    List<String> violations(List<Result> results) {
        Set<String> operations = new HashSet<>();
        results.forEach(result -> operations.addAll(result.operationIds()));
        byOrderId.forEach((orderId, transactions) -> {
            if (transactions.size() > 1) {
                violations.add("money moved " + transactions.size() + " times for operation " + orderId + ": "
                        + transactions.stream()
                                .map(t -> t.path("id").asString())
                                .toList());
            }
            if (!operations.contains(orderId)) {
                violations.add("gateway transactions no operation accounts for, under orderId " + orderId + ": "
                        + transactions.stream()
                                .map(t -> t.path("id").asString())
                                .toList());
            }
        });
        for (Result result : results) {
            if (!result.asExpected()) {
                violations.add("%s %s (order %s): payment %s, order %s, expected %s / %s%s"
                        .formatted(
                                result.kind(),
                                result.paymentId(),
                                result.orderId(),
                                result.paymentStatus(),
                                result.orderStatus(),
                                result.kind().paymentStatus,
                                result.kind().orderStatus,
                                result.failure() == null ? "" : "; " + result.failure()));
            } else {
                moneyAsItsKindSays(result);
            }
        }
        return violations;
    }

    private void moneyAsItsKindSays(Result result) {
        List<String> ids = result.operationIds();
        JsonNode sale = single(ids.getFirst());
        if (sale == null) {
            violations.add("no sale at the gateway for the approval " + ids.getFirst() + " of " + result.paymentId());
            return;
        }
        String status = sale.path("status").asString();
        switch (result.kind()) {
            case APPROVE -> expect(result, status.equals("authorized"), "the sale authorized, is " + status);
            case APPROVE_AND_DEPOSIT_ALL ->
                expect(result, CAPTURED.contains(status), "the sale captured whole, is " + status);
            case APPROVE_AND_REVERSE -> expect(result, status.equals("voided"), "the sale voided, is " + status);
            case APPROVE_DEPOSIT_PART_REFUND_PART -> {
                JsonNode capture = single(ids.get(1));
                JsonNode credit = single(ids.get(2));
                expect(
                        result,
                        capture != null && amount(capture, "30.00"),
                        "a capture of 30.00 under " + ids.get(1) + ", found " + capture);
                expect(
                        result,
                        credit != null
                                && amount(credit, "10.00")
                                && credit.path("type").asString().equals("credit"),
                        "a refund of 10.00 under " + ids.get(2) + ", found " + credit);
            }
        }
    }

    private JsonNode single(String orderId) {
        List<JsonNode> transactions = byOrderId.getOrDefault(orderId, List.of());
        return transactions.size() == 1 ? transactions.getFirst() : null;
    }

    private void expect(Result result, boolean holds, String what) {
        if (!holds) {
            violations.add(result.kind() + " " + result.paymentId() + ": expected " + what);
        }
    }

    private static boolean amount(JsonNode transaction, String expected) {
        JsonNode amount = transaction.path("amount");
        BigDecimal value = amount.isNumber() ? amount.decimalValue() : new BigDecimal(amount.asString());
        return value.compareTo(new BigDecimal(expected)) == 0;
    }
}
