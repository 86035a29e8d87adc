package io.paystream.braintree.simulator.http;

import java.util.Locale;

/** The gateway calls the simulator answers, by the name faults and the request journal use for them. */
public enum Operation {
    SALE,
    FIND,
    SEARCH,
    SUBMIT_FOR_SETTLEMENT,
    SUBMIT_FOR_PARTIAL_SETTLEMENT,
    VOID,
    REFUND,
    TESTING_SETTLEMENT,
    CUSTOMER_CREATE,
    CUSTOMER_FIND,
    CUSTOMER_DELETE,
    PAYMENT_METHOD_CREATE,
    PAYMENT_METHOD_FIND,
    PAYMENT_METHOD_DELETE,
    PAYMENT_METHOD_NONCE_CREATE;

    /** The lower-case name used on the admin API, e.g. {@code submit_for_settlement}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static boolean isWireName(String name) {
        for (Operation operation : values()) {
            if (operation.wireName().equals(name)) {
                return true;
            }
        }
        return false;
    }
}
