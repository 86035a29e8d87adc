package io.paystream.orders.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.paystream.contracts.PaymentEventType;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The whole transition table, status by event: §9's transitions and everything it forbids (-). */
class OrderStatusTests {

    @ParameterizedTest(name = "{0} + {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            CREATED            | PAYMENT_APPROVED  | AUTHORIZED
            CREATED            | PAYMENT_DECLINED  | PAYMENT_DECLINED
            CREATED            | PAYMENT_FAILED    | PAYMENT_FAILED
            CREATED            | PAYMENT_DEPOSITED | -
            CREATED            | PAYMENT_REVERSED  | -
            CREATED            | PAYMENT_REFUNDED  | -
            PAYMENT_DECLINED   | PAYMENT_APPROVED  | AUTHORIZED
            PAYMENT_DECLINED   | PAYMENT_DECLINED  | PAYMENT_DECLINED
            PAYMENT_DECLINED   | PAYMENT_FAILED    | PAYMENT_FAILED
            PAYMENT_DECLINED   | PAYMENT_DEPOSITED | -
            PAYMENT_DECLINED   | PAYMENT_REVERSED  | -
            PAYMENT_DECLINED   | PAYMENT_REFUNDED  | -
            PAYMENT_FAILED     | PAYMENT_APPROVED  | AUTHORIZED
            PAYMENT_FAILED     | PAYMENT_DECLINED  | PAYMENT_DECLINED
            PAYMENT_FAILED     | PAYMENT_FAILED    | PAYMENT_FAILED
            PAYMENT_FAILED     | PAYMENT_DEPOSITED | -
            PAYMENT_FAILED     | PAYMENT_REVERSED  | -
            PAYMENT_FAILED     | PAYMENT_REFUNDED  | -
            AUTHORIZED         | PAYMENT_APPROVED  | -
            AUTHORIZED         | PAYMENT_DECLINED  | AUTHORIZED
            AUTHORIZED         | PAYMENT_FAILED    | AUTHORIZED
            AUTHORIZED         | PAYMENT_DEPOSITED | PAID
            AUTHORIZED         | PAYMENT_REVERSED  | REVERSED
            AUTHORIZED         | PAYMENT_REFUNDED  | -
            PAID               | PAYMENT_APPROVED  | -
            PAID               | PAYMENT_DECLINED  | PAID
            PAID               | PAYMENT_FAILED    | PAID
            PAID               | PAYMENT_DEPOSITED | PAID
            PAID               | PAYMENT_REVERSED  | REVERSED
            PAID               | PAYMENT_REFUNDED  | PARTIALLY_REFUNDED REFUNDED
            PARTIALLY_REFUNDED | PAYMENT_APPROVED  | -
            PARTIALLY_REFUNDED | PAYMENT_DECLINED  | PARTIALLY_REFUNDED
            PARTIALLY_REFUNDED | PAYMENT_FAILED    | PARTIALLY_REFUNDED
            PARTIALLY_REFUNDED | PAYMENT_DEPOSITED | -
            PARTIALLY_REFUNDED | PAYMENT_REVERSED  | -
            PARTIALLY_REFUNDED | PAYMENT_REFUNDED  | PARTIALLY_REFUNDED REFUNDED
            REFUNDED           | PAYMENT_APPROVED  | -
            REFUNDED           | PAYMENT_DECLINED  | REFUNDED
            REFUNDED           | PAYMENT_FAILED    | REFUNDED
            REFUNDED           | PAYMENT_DEPOSITED | -
            REFUNDED           | PAYMENT_REVERSED  | -
            REFUNDED           | PAYMENT_REFUNDED  | -
            REVERSED           | PAYMENT_APPROVED  | -
            REVERSED           | PAYMENT_DECLINED  | REVERSED
            REVERSED           | PAYMENT_FAILED    | REVERSED
            REVERSED           | PAYMENT_DEPOSITED | -
            REVERSED           | PAYMENT_REVERSED  | -
            REVERSED           | PAYMENT_REFUNDED  | -
            """)
    void transitionTableIsTheLifecycle(OrderStatus from, PaymentEventType event, String to) {
        assertThat(from.next(event)).isEqualTo(statuses(to));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "CREATED, false",
        "PAYMENT_DECLINED, false",
        "PAYMENT_FAILED, false",
        "AUTHORIZED, true",
        "REVERSED, true"
    })
    void onlyStatusesAfterAnApprovalHaveAPayment(OrderStatus status, boolean approved) {
        assertThat(status.isPaymentApproved()).isEqualTo(approved);
    }

    private static Set<OrderStatus> statuses(String names) {
        if (names.equals("-")) {
            return EnumSet.noneOf(OrderStatus.class);
        }
        return Arrays.stream(names.split(" ")).map(OrderStatus::valueOf).collect(Collectors.toSet());
    }
}
