package io.paystream.contracts;

/** What a merchant id looks like (ARCHITECTURE §11): {@code mer_} and 3–40 of {@code [a-z0-9_]}, never a {@code /}. */
public final class MerchantIdFormat {

    public static final String PATTERN = "mer_[a-z0-9_]{3,40}";

    private MerchantIdFormat() {}
}
