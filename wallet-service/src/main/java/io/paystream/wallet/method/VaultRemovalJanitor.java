package io.paystream.wallet.method;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Finishes deletions whose vault removal failed because Braintree was down at the time. */
@Component
class VaultRemovalJanitor {

    private final PaymentMethods methods;
    private final WalletService wallet;

    VaultRemovalJanitor(PaymentMethods methods, WalletService wallet) {
        this.methods = methods;
        this.wallet = wallet;
    }

    @Scheduled(fixedDelayString = "${paystream.wallet.vault-deletion-retry-interval:30s}")
    void finishRemovals() {
        methods.pendingRemovals(100)
                .forEach(pending -> wallet.removeFromVault(pending.id(), pending.merchantId(), pending.gatewayToken()));
    }
}
