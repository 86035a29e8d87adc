package io.paystream.braintree.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.braintreegateway.BraintreeGateway;
import com.braintreegateway.Environment;
import com.braintreegateway.exceptions.AuthenticationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SimulatorExtension.class)
class AuthenticationTests {

    @Test
    void wrongPrivateKeyIsAnAuthenticationExceptionAndChangesNothing(BraintreeSimulator simulator) {
        BraintreeGateway gateway = gateway(simulator, "paystream_merchant", "paystream_public_key", "wrong");

        assertThatThrownBy(() -> gateway.transaction().sale(Sales.sale("10.00", "fake-valid-nonce")))
                .isInstanceOf(AuthenticationException.class);
        assertThat(simulator.transactions()).isEmpty();
        assertThat(simulator.requests())
                .singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(401));
    }

    @Test
    void wrongPublicKeyIsAnAuthenticationException(BraintreeSimulator simulator) {
        BraintreeGateway gateway = gateway(simulator, "paystream_merchant", "other", "paystream_private_key");

        assertThatThrownBy(() -> gateway.transaction().find("abc")).isInstanceOf(AuthenticationException.class);
    }

    @Test
    void rightKeysForAnotherMerchantAreAnAuthenticationException(BraintreeSimulator simulator) {
        BraintreeGateway gateway =
                gateway(simulator, "other_merchant", "paystream_public_key", "paystream_private_key");

        assertThatThrownBy(() -> gateway.customer().find("abc")).isInstanceOf(AuthenticationException.class);
    }

    @Test
    void configuredCredentialsAreAccepted() {
        SimulatorSettings settings = SimulatorSettings.forTests().withCredentials("m1", "pub1", "priv1");
        try (BraintreeSimulator simulator = BraintreeSimulator.start(settings)) {
            BraintreeGateway gateway = SimulatorExtension.gatewayFor(simulator);

            assertThat(gateway.transaction()
                            .sale(Sales.sale("10.00", "fake-valid-nonce"))
                            .isSuccess())
                    .isTrue();
            assertThatThrownBy(() -> gateway(
                                    simulator, "paystream_merchant", "paystream_public_key", "paystream_private_key")
                            .transaction()
                            .find("abc"))
                    .isInstanceOf(AuthenticationException.class);
        }
    }

    private static BraintreeGateway gateway(
            BraintreeSimulator simulator, String merchantId, String publicKey, String privateKey) {
        Environment environment = new Environment(simulator.baseUrl(), simulator.baseUrl(), new String[0], "simulator");
        return new BraintreeGateway(environment, merchantId, publicKey, privateKey);
    }
}
