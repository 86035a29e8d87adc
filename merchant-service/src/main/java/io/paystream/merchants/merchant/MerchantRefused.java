package io.paystream.merchants.merchant;

/** What the merchant service refuses to do, in its own words; the web layer maps each refusal to a problem type. */
public class MerchantRefused extends RuntimeException {

    /** Why: no such merchant or key, a merchant id taken, or a key creation replayed (its secret was shown once). */
    public enum Refusal {
        MERCHANT_NOT_FOUND,
        MERCHANT_EXISTS,
        API_KEY_NOT_FOUND,
        API_KEY_ALREADY_ISSUED
    }

    private final Refusal refusal;

    public MerchantRefused(Refusal refusal, String detail) {
        super(detail);
        this.refusal = refusal;
    }

    public static MerchantRefused noMerchant(String merchantId) {
        return new MerchantRefused(Refusal.MERCHANT_NOT_FOUND, "No merchant " + merchantId);
    }

    public Refusal refusal() {
        return refusal;
    }
}
