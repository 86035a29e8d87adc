package io.paystream.orders.order;

import java.security.SecureRandom;
import java.time.Instant;

/**
 * Order ids: {@code ord_} and a ULID (48 bits of milliseconds, 80 random bits, Crockford base 32), so ids sort by
 * creation time and index well, and cannot be guessed.
 */
final class OrderIds {

    private static final char[] CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private OrderIds() {}

    static String next(Instant now) {
        char[] ulid = new char[26];
        long time = now.toEpochMilli();
        for (int i = 9; i >= 0; i--) {
            ulid[i] = CROCKFORD[(int) (time & 31)];
            time >>>= 5;
        }
        for (int i = 10; i < 26; i++) {
            ulid[i] = CROCKFORD[RANDOM.nextInt(32)];
        }
        return "ord_" + new String(ulid);
    }
}
