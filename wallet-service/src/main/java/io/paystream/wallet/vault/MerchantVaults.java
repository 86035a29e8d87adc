package io.paystream.wallet.vault;

import io.paystream.credentials.client.PerMerchant;

/**
 * Each merchant's own Braintree vault (ARCHITECTURE §11): a customer's methods are vaulted, and removed, at the account
 * of the customer's merchant, with that merchant's credentials ({@link PerMerchant}).
 */
public class MerchantVaults {

    private final PerMerchant<Vault> vaults;

    MerchantVaults(PerMerchant<Vault> vaults) {
        this.vaults = vaults;
    }

    /**
     * The vault of {@code merchantId}.
     *
     * @throws MerchantNotConfigured for a merchant without gateway credentials
     * @throws VaultUnavailable when its credentials cannot be had now
     */
    public Vault of(String merchantId) {
        return switch (vaults.get(merchantId)) {
            case PerMerchant.Configured<Vault> configured -> configured.client();
            case PerMerchant.NotConfigured<Vault> none -> throw new MerchantNotConfigured(merchantId);
            case PerMerchant.Unavailable<Vault> unavailable -> throw new VaultUnavailable(unavailable.reason(), null);
        };
    }

    /** The merchant has no gateway credentials: nothing can be vaulted for its customers. */
    public static class MerchantNotConfigured extends RuntimeException {

        MerchantNotConfigured(String merchantId) {
            super("Merchant " + merchantId + " has no gateway credentials");
        }
    }
}
