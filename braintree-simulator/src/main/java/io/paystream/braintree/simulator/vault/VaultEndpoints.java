package io.paystream.braintree.simulator.vault;

import io.paystream.braintree.simulator.http.Route;
import io.paystream.braintree.simulator.nonce.Nonces;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** The vault's gateway routes: customers and payment methods. */
public final class VaultEndpoints {

    private VaultEndpoints() {}

    /**
     * Routes over {@code vault}; card verifications run on {@code merchantAccountId} in {@code currency}, and
     * customers name {@code merchantId} as their merchant.
     */
    public static List<Route> routes(
            Vault vault, Nonces nonces, Clock clock, String merchantId, String merchantAccountId, String currency) {
        Vaulting vaulting = new Vaulting(vault, nonces, clock, merchantAccountId, currency);
        List<Route> routes = new ArrayList<>(new CustomerEndpoints(vault, vaulting, clock, merchantId).routes());
        routes.addAll(new PaymentMethodEndpoints(vault, vaulting, nonces).routes());
        return List.copyOf(routes);
    }
}
