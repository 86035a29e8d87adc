package io.paystream.contracts;

/**
 * The merchant of everything from before tenancy (ARCHITECTURE §11): rows migrated from one-merchant days, and jobs and
 * events without {@code merchantId} that were produced by a service not yet upgraded and may still be in flight.
 */
public final class DefaultMerchant {

    public static final String ID = "mer_demo";

    private DefaultMerchant() {}

    /** {@code merchantId}, or {@link #ID} for a message of the shape before merchants. */
    public static String orDefault(String merchantId) {
        return merchantId == null ? ID : merchantId;
    }
}
