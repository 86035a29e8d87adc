package io.paystream.localstack.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import io.paystream.localstack.chaos.ChaosCheckout.Kind;
import io.paystream.localstack.chaos.ChaosCheckout.Result;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The chaos run's verdict, on ledgers made up to hold one fault each. */
class LedgerCheckTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final Result APPROVED = result(Kind.APPROVE, "AUTHORIZED", "AUTHORIZED", "op_a");
    private static final Result REFUNDED = result(
            Kind.APPROVE_DEPOSIT_PART_REFUND_PART, "PARTIALLY_REFUNDED", "PARTIALLY_REFUNDED", "op_b", "op_c", "op_d");

    @Test
    void aLedgerThatMatchesEveryCheckoutPasses() {
        assertThat(check("""
                        [{"id":"t1","type":"sale","status":"authorized","amount":50.00,"orderId":"op_a"},
                         {"id":"t2","type":"sale","status":"settled","amount":50.00,"orderId":"op_b"},
                         {"id":"t3","type":"sale","status":"settled","amount":30.00,"orderId":"op_c"},
                         {"id":"t4","type":"credit","status":"submitted_for_settlement","amount":10.00,"orderId":"op_d"}]""", APPROVED, REFUNDED)).isEmpty();
    }

    @Test
    void aSecondSaleForOneApprovalIsMoneyMovedTwice() {
        assertThat(check("""
                        [{"id":"t1","type":"sale","status":"authorized","amount":50.00,"orderId":"op_a"},
                         {"id":"t9","type":"sale","status":"authorized","amount":50.00,"orderId":"op_a"}]""", APPROVED))
                .anyMatch(violation -> violation.startsWith("money moved 2 times for operation op_a"));
    }

    @Test
    void aTransactionNoOperationMadeIsReported() {
        assertThat(check("""
                        [{"id":"t1","type":"sale","status":"authorized","amount":50.00,"orderId":"op_a"},
                         {"id":"t7","type":"sale","status":"authorized","amount":50.00,"orderId":"op_stray"}]""", APPROVED))
                .singleElement()
                .satisfies(violation -> assertThat(violation)
                        .contains("no operation accounts for")
                        .contains("t7"));
    }

    @Test
    void aRefundOfTheWrongAmountOrAPaymentInTheWrongStateFails() {
        assertThat(check("""
                        [{"id":"t2","type":"sale","status":"settled","amount":50.00,"orderId":"op_b"},
                         {"id":"t3","type":"sale","status":"settled","amount":30.00,"orderId":"op_c"},
                         {"id":"t4","type":"credit","status":"settled","amount":20.00,"orderId":"op_d"}]""", REFUNDED))
                .singleElement()
                .satisfies(violation -> assertThat(violation).contains("a refund of 10.00 under op_d"));
        assertThat(check("""
                        [{"id":"t1","type":"sale","status":"authorized","amount":50.00,"orderId":"op_a"}]""", result(Kind.APPROVE, "AUTHORIZED", "CREATED", "op_a")))
                .singleElement()
                .satisfies(violation -> assertThat(violation).contains("order CREATED, expected AUTHORIZED"));
    }

    private static List<String> check(String ledger, Result... results) {
        return new LedgerCheck(JSON.readTree(ledger)).violations(List.of(results));
    }

    private static Result result(Kind kind, String payment, String order, String... operations) {
        return new Result(kind, "ord_1", "pay_1", payment, order, List.of(operations), Instant.now(), null);
    }
}
