package io.paystream.wallet.method;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Limits of a wallet and how often unfinished vault removals are retried. */
@ConfigurationProperties("paystream.wallet")
public record WalletProperties(
        @DefaultValue("20") int maxMethodsPerCustomer,
        @DefaultValue("30s") Duration vaultDeletionRetryInterval) {}
