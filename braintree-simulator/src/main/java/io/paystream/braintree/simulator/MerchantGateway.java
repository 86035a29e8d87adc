package io.paystream.braintree.simulator;

import io.paystream.braintree.simulator.http.BasicAuth;
import io.paystream.braintree.simulator.http.GatewayHandler;
import io.paystream.braintree.simulator.http.Route;
import io.paystream.braintree.simulator.nonce.Nonces;
import io.paystream.braintree.simulator.transaction.LifecycleService;
import io.paystream.braintree.simulator.transaction.MerchantAccounts;
import io.paystream.braintree.simulator.transaction.SettlementScheduler;
import io.paystream.braintree.simulator.transaction.TransactionEndpoints;
import io.paystream.braintree.simulator.transaction.TransactionStore;
import io.paystream.braintree.simulator.vault.Vault;
import io.paystream.braintree.simulator.vault.VaultEndpoints;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Lock;

/**
 * One Braintree merchant as the simulator serves it: its credentials, and a vault, transactions and minted nonces of
 * its own, so that nothing one merchant stores or charges is seen by another.
 */
final class MerchantGateway implements AutoCloseable {

    final TransactionStore store = new TransactionStore();
    final Vault vault = new Vault();
    final Nonces nonces = new Nonces();
    final SettlementScheduler settlement;
    final LifecycleService lifecycle;
    final GatewayHandler.Tenant tenant;

    MerchantGateway(SimulatorSettings.Merchant merchant, SimulatorSettings settings, Lock lock, Clock clock) {
        this.settlement = new SettlementScheduler(settings.settleAfter(), store, lock, clock);
        this.lifecycle = new LifecycleService(store, settlement, clock);
        MerchantAccounts accounts = new MerchantAccounts(settings.merchantAccounts());
        List<Route> routes = new ArrayList<>(
                TransactionEndpoints.routes(store, lifecycle, settlement, nonces, vault, accounts, clock));
        routes.addAll(VaultEndpoints.routes(
                vault,
                nonces,
                clock,
                merchant.merchantId(),
                accounts.defaultAccount().id(),
                accounts.defaultAccount().currency().getCurrencyCode()));
        this.tenant = new GatewayHandler.Tenant(new BasicAuth(merchant.publicKey(), merchant.privateKey()), routes);
    }

    void clear() {
        store.reset();
        vault.reset();
        nonces.reset();
    }

    @Override
    public void close() {
        settlement.close();
    }
}
