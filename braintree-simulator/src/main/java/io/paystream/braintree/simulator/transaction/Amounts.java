package io.paystream.braintree.simulator.transaction;

import io.paystream.braintree.simulator.http.ValidationError;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/** Parses request amounts the way the gateway validates them, reporting {@code transaction.amount} errors. */
final class Amounts {

    private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final BigDecimal LARGEST = new BigDecimal("99999999.99");

    private Amounts() {}

    /**
     * The amount in {@code text} scaled to the currency's {@code digits}, or null with an error added to
     * {@code errors}: missing 81502, not a plain decimal or too many decimals 81503, negative 81501, zero 81531, too
     * large 81528.
     */
    static BigDecimal parse(String text, int digits, List<ValidationError> errors) {
        if (text == null) {
            errors.add(error("81502", "Amount is required."));
            return null;
        }
        if (!PLAIN_DECIMAL.matcher(text).matches()) {
            errors.add(error("81503", "Amount is an invalid format."));
            return null;
        }
        BigDecimal amount = new BigDecimal(text);
        if (amount.signum() < 0) {
            errors.add(error("81501", "Amount cannot be negative."));
            return null;
        }
        if (amount.stripTrailingZeros().scale() > digits) {
            errors.add(error("81503", "Amount is an invalid format."));
            return null;
        }
        if (amount.signum() == 0) {
            errors.add(error("81531", "Amount must be greater than zero."));
            return null;
        }
        if (amount.compareTo(LARGEST) > 0) {
            errors.add(error("81528", "Amount is too large."));
            return null;
        }
        return amount.setScale(digits);
    }

    static ValidationError error(String code, String message) {
        return ValidationError.on("transaction", "amount", code, message);
    }
}
