package io.paystream.wallet.vault;

/** Braintree's vault, as the wallet needs it. */
public interface Vault {

    /** Creates the gateway customer with this id, or finds it when an earlier attempt already did. */
    void ensureCustomer(String gatewayCustomerId);

    /** Vaults a one-time nonce for the customer. */
    VaultedMethod vault(String gatewayCustomerId, String nonce);

    /** Removes a method from the vault; one that is already gone counts as removed. */
    void remove(String gatewayToken);
}
