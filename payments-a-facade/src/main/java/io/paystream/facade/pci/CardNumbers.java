package io.paystream.facade.pci;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what looks like a payment card number: a run of 13 to 19 digits, optionally grouped with single
 * spaces or dashes, that passes the Luhn check. Longer digit runs are not cards (and would match by chance).
 *
 * <p>A copy of wallet-service's class (STYLE.md allows no shared grab-bag module); it belongs in {@code contracts}.
 */
final class CardNumbers {

    private static final Pattern DIGIT_RUN = Pattern.compile("(?<![\\d-])\\d(?:[ -]?\\d)*(?![\\d])");

    private CardNumbers() {}

    static boolean containsCardNumber(CharSequence text) {
        Matcher run = DIGIT_RUN.matcher(text);
        while (run.find()) {
            String digits = run.group().replaceAll("[ -]", "");
            if (digits.length() >= 13 && digits.length() <= 19 && passesLuhn(digits)) {
                return true;
            }
        }
        return false;
    }

    static boolean passesLuhn(String digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (doubled) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }
}
