package io.paystream.merchants.merchant;

import io.paystream.contracts.MerchantIdFormat;
import java.security.SecureRandom;

/** {@code mer_} and 16 random lowercase letters and digits (82 bits), or an id an operator chose. */
public final class MerchantIds {

    public static final String PATTERN = MerchantIdFormat.PATTERN;

    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private MerchantIds() {}

    static String next() {
        StringBuilder id = new StringBuilder("mer_");
        for (int i = 0; i < 16; i++) {
            id.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return id.toString();
    }
}
