package io.paystream.braintree.simulator.vault;

import io.paystream.braintree.simulator.http.ApiErrorResponse;
import io.paystream.braintree.simulator.http.GatewayReply;
import io.paystream.braintree.simulator.http.GatewayRequest;
import io.paystream.braintree.simulator.http.Operation;
import io.paystream.braintree.simulator.http.ResourceNotFound;
import io.paystream.braintree.simulator.http.Route;
import io.paystream.braintree.simulator.http.ValidationError;
import io.paystream.braintree.simulator.nonce.Nonces;
import io.paystream.braintree.simulator.xml.XmlNode;
import io.paystream.braintree.simulator.xml.XmlWriter;
import java.util.List;

/** {@code paymentMethod().create/find/delete} and {@code paymentMethodNonce().create(token)}. */
final class PaymentMethodEndpoints {

    private final Vault vault;
    private final Vaulting vaulting;
    private final Nonces nonces;

    PaymentMethodEndpoints(Vault vault, Vaulting vaulting, Nonces nonces) {
        this.vault = vault;
        this.vaulting = vaulting;
        this.nonces = nonces;
    }

    List<Route> routes() {
        return List.of(
                new Route("POST", "/payment_methods", Operation.PAYMENT_METHOD_CREATE, this::create),
                new Route("GET", "/payment_methods/any/{token}", Operation.PAYMENT_METHOD_FIND, this::find),
                new Route("DELETE", "/payment_methods/any/{token}", Operation.PAYMENT_METHOD_DELETE, this::delete),
                new Route(
                        "POST",
                        "/payment_methods/{token}/nonces",
                        Operation.PAYMENT_METHOD_NONCE_CREATE,
                        this::createNonce));
    }

    private GatewayReply create(GatewayRequest request) {
        XmlNode body = request.body();
        String customerId = body.text("customerId");
        String nonce = body.text("paymentMethodNonce");
        if (customerId == null) {
            throw error("customer_id", "93104", "Customer ID is required.");
        }
        if (vault.customer(customerId).isEmpty()) {
            throw error("customer_id", "93105", "Customer ID is invalid.");
        }
        if (nonce == null) {
            throw error("payment_method_nonce", "93103", "Payment method nonce is required.");
        }
        VaultedPaymentMethod method = vaulting.vault(
                new Vaulting.Request(
                        customerId,
                        nonce,
                        body.text("token"),
                        body.text("cardholderName"),
                        body.flag("options/makeDefault"),
                        body.flag("options/verifyCard")),
                Vaulting.Entry.PAYMENT_METHOD);
        return GatewayReply.created(xml(method));
    }

    private GatewayReply find(GatewayRequest request) {
        return GatewayReply.ok(xml(method(request.id())));
    }

    private GatewayReply delete(GatewayRequest request) {
        vault.removeMethod(method(request.id()).token());
        return GatewayReply.emptyOk();
    }

    private GatewayReply createNonce(GatewayRequest request) {
        VaultedPaymentMethod method = method(request.id());
        String nonce = nonces.mint(method.instrument(), method.token());
        XmlWriter xml = new XmlWriter();
        PaymentMethodXml.nonce(xml, nonce, method);
        return GatewayReply.created(xml.toString());
    }

    private VaultedPaymentMethod method(String token) {
        return vault.method(token).orElseThrow(() -> new ResourceNotFound("payment method"));
    }

    private static String xml(VaultedPaymentMethod method) {
        XmlWriter xml = new XmlWriter();
        PaymentMethodXml.write(xml, method);
        return xml.toString();
    }

    private static ApiErrorResponse error(String attribute, String code, String message) {
        return ApiErrorResponse.of(ValidationError.on("payment-method", attribute, code, message));
    }
}
