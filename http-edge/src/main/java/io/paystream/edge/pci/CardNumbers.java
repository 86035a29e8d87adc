package io.paystream.edge.pci;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what looks like a payment card number: 13 to 19 digits that start as a card does (2 to 6, the industries of
 * payment cards) and pass the Luhn check, written together or grouped as cards are printed (4-4-4-4, 4-4-4-4-3,
 * 4-6-5, 4-6-4) with single spaces or dashes. Longer digit runs are not cards (and would match by chance); digits
 * grouped otherwise, as in a UUID ({@code 8-4-4-4-12}), are not a card either, however many there are; nor are digits
 * inside an identifier, with a letter or underscore beside them ({@code pm_…} hex, a ULID), which once refused an
 * approval whose payment method id held 13 Luhn-valid digits in a row.
 */
public final class CardNumbers {

    private static final Pattern DIGIT_RUN = Pattern.compile("(?<![\\w-])\\d(?:[ -]?\\d)*(?!\\w)");
    private static final Pattern SEPARATOR = Pattern.compile("[ -]");
    private static final List<List<Integer>> PRINTED_GROUPS =
            List.of(List.of(4, 4, 4, 4), List.of(4, 4, 4, 4, 3), List.of(4, 6, 5), List.of(4, 6, 4));

    private CardNumbers() {}

    public static boolean containsCardNumber(CharSequence text) {
        Matcher run = DIGIT_RUN.matcher(text);
        while (run.find()) {
            if (isCardNumber(run.group())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCardNumber(String run) {
        String[] groups = SEPARATOR.split(run);
        String digits = String.join("", groups);
        return digits.length() >= 13
                && digits.length() <= 19
                && digits.charAt(0) >= '2'
                && digits.charAt(0) <= '6'
                && (groups.length == 1 || isPrintedLikeACard(groups))
                && passesLuhn(digits);
    }

    private static boolean isPrintedLikeACard(String[] groups) {
        return PRINTED_GROUPS.stream().anyMatch(layout -> layout.size() == groups.length && fits(layout, groups));
    }

    private static boolean fits(List<Integer> layout, String[] groups) {
        for (int i = 0; i < groups.length; i++) {
            if (groups[i].length() != layout.get(i)) {
                return false;
            }
        }
        return true;
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
