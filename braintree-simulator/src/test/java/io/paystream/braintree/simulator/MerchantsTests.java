package io.paystream.braintree.simulator;

import static io.paystream.braintree.simulator.Sales.succeeded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.braintreegateway.BraintreeGateway;
import com.braintreegateway.Customer;
import com.braintreegateway.CustomerRequest;
import com.braintreegateway.Environment;
import com.braintreegateway.Transaction;
import com.braintreegateway.exceptions.AuthenticationException;
import com.braintreegateway.exceptions.NotFoundException;
import io.paystream.braintree.simulator.transaction.RecordedTransaction;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Several merchants on one simulator, each with its own credentials, vault and transactions, as at Braintree. */
class MerchantsTests {

    private final BraintreeSimulator simulator = BraintreeSimulator.start(
            SimulatorSettings.forTests().withMerchant("acme_merchant", "acme_public_key", "acme_private_key"));
    private final BraintreeGateway demo = gateway(
            SimulatorSettings.DEFAULT_MERCHANT_ID,
            SimulatorSettings.DEFAULT_PUBLIC_KEY,
            SimulatorSettings.DEFAULT_PRIVATE_KEY);
    private final BraintreeGateway acme = gateway("acme_merchant", "acme_public_key", "acme_private_key");

    @AfterEach
    void close() {
        simulator.close();
    }

    @Test
    void eachMerchantsChargesLandInItsOwnAccount() {
        Transaction acmeSale = succeeded(acme.transaction().sale(Sales.sale("12.00", "fake-valid-nonce")));
        Transaction demoSale = succeeded(demo.transaction().sale(Sales.sale("7.00", "fake-valid-nonce")));

        assertThat(ids(simulator.transactions("acme_merchant"))).containsExactly(acmeSale.getId());
        assertThat(ids(simulator.transactions(SimulatorSettings.DEFAULT_MERCHANT_ID)))
                .containsExactly(demoSale.getId());
        assertThat(ids(simulator.transactions())).containsExactly(demoSale.getId());
        assertThatThrownBy(() -> demo.transaction().find(acmeSale.getId())).isInstanceOf(NotFoundException.class);
        assertThat(acme.transaction().find(acmeSale.getId()).getAmount()).isEqualByComparingTo("12.00");
    }

    @Test
    void aCustomerVaultedByOneMerchantIsUnknownToAnother() {
        Customer vaulted =
                succeeded(acme.customer().create(new CustomerRequest().paymentMethodNonce("fake-valid-visa-nonce")));

        assertThatThrownBy(() -> demo.customer().find(vaulted.getId())).isInstanceOf(NotFoundException.class);
        assertThat(acme.customer().find(vaulted.getId()).getPaymentMethods()).hasSize(1);
    }

    @Test
    void oneMerchantsKeysDoNotOpenAnothersAccount() {
        BraintreeGateway crossed =
                gateway("acme_merchant", SimulatorSettings.DEFAULT_PUBLIC_KEY, SimulatorSettings.DEFAULT_PRIVATE_KEY);

        assertThatThrownBy(() -> crossed.transaction().sale(Sales.sale("1.00", "fake-valid-nonce")))
                .isInstanceOf(AuthenticationException.class);
        assertThat(simulator.transactions("acme_merchant")).isEmpty();
    }

    @Test
    void settlingAndResettingReachEveryMerchant() {
        Transaction acmeCapture = Sales.captured(acme, "5.00");

        assertThat(simulator.settleAll()).containsExactly(acmeCapture.getId());
        assertThat(simulator.transaction(acmeCapture.getId()).orElseThrow().status())
                .isEqualTo("settled");
        simulator.reset();
        assertThat(simulator.transactions("acme_merchant")).isEmpty();
    }

    @Test
    void moreMerchantsAreReadFromTheirSetting() {
        SimulatorSettings settings = SimulatorSettings.from(key -> key.equals("braintree.simulator.merchants")
                ? "acme_merchant:acme_public_key:acme_private_key, shop_2:pub_2:priv_2"
                : null);

        assertThat(settings.merchants())
                .extracting(SimulatorSettings.Merchant::merchantId)
                .containsExactly(SimulatorSettings.DEFAULT_MERCHANT_ID, "acme_merchant", "shop_2");
        assertThatThrownBy(() -> SimulatorSettings.from(
                        key -> key.equals("braintree.simulator.merchants") ? "acme_merchant:only_a_key" : null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private BraintreeGateway gateway(String merchantId, String publicKey, String privateKey) {
        Environment environment = new Environment(simulator.baseUrl(), simulator.baseUrl(), new String[0], "simulator");
        return new BraintreeGateway(environment, merchantId, publicKey, privateKey);
    }

    private static List<String> ids(List<RecordedTransaction> transactions) {
        return transactions.stream().map(RecordedTransaction::id).toList();
    }
}
