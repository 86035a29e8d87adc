package io.paystream.orchestrator.payment;

import jakarta.validation.constraints.Positive;
import java.util.OptionalLong;

/** The body of a deposit or refund: {@code amount} in minor units, or absent for "all that is left". */
public record AmountRequest(@Positive Long amount) {

    OptionalLong requested() {
        return amount == null ? OptionalLong.empty() : OptionalLong.of(amount);
    }
}
