package io.paystream.braintree.simulator.vault;

import io.paystream.braintree.simulator.http.ApiErrorResponse;
import io.paystream.braintree.simulator.http.GatewayReply;
import io.paystream.braintree.simulator.http.GatewayRequest;
import io.paystream.braintree.simulator.http.Operation;
import io.paystream.braintree.simulator.http.ResourceNotFound;
import io.paystream.braintree.simulator.http.Route;
import io.paystream.braintree.simulator.http.ValidationError;
import io.paystream.braintree.simulator.xml.XmlNode;
import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;

/** {@code customer().create/find/delete}; a create with a nonce vaults it for the new customer in the same call. */
final class CustomerEndpoints {

    private static final Pattern VALID_ID = Pattern.compile("[A-Za-z0-9_-]+");

    private final Vault vault;
    private final Vaulting vaulting;
    private final Clock clock;
    private final String merchantId;

    CustomerEndpoints(Vault vault, Vaulting vaulting, Clock clock, String merchantId) {
        this.vault = vault;
        this.vaulting = vaulting;
        this.clock = clock;
        this.merchantId = merchantId;
    }

    List<Route> routes() {
        return List.of(
                new Route("POST", "/customers", Operation.CUSTOMER_CREATE, this::create),
                new Route("GET", "/customers/{id}", Operation.CUSTOMER_FIND, this::find),
                new Route("DELETE", "/customers/{id}", Operation.CUSTOMER_DELETE, this::delete));
    }

    private GatewayReply create(GatewayRequest request) {
        XmlNode body = request.body();
        String id = body.text("id");
        if (id != null) {
            validateId(id);
        }
        Customer customer = new Customer(
                id != null ? id : vault.newCustomerId(),
                body.text("firstName"),
                body.text("lastName"),
                body.text("email"),
                body.text("company"),
                body.text("phone"),
                clock.instant());
        String nonce = body.text("paymentMethodNonce");
        if (nonce != null) {
            vaulting.vault(
                    new Vaulting.Request(
                            customer.id(),
                            nonce,
                            body.text("creditCard/token"),
                            body.text("creditCard/cardholderName"),
                            body.flag("creditCard/options/makeDefault"),
                            body.flag("creditCard/options/verifyCard")),
                    Vaulting.Entry.CUSTOMER);
        }
        vault.add(customer);
        return GatewayReply.created(CustomerXml.write(customer, merchantId, vault.methodsOf(customer.id())));
    }

    private void validateId(String id) {
        if (id.length() > 36) {
            throw ApiErrorResponse.of(ValidationError.on("customer", "id", "91612", "Customer ID is too long."));
        }
        if (!VALID_ID.matcher(id).matches()) {
            throw ApiErrorResponse.of(ValidationError.on(
                    "customer", "id", "91610", "Customer ID is invalid (use only letters, numbers, '-', and '_')."));
        }
        if (vault.customer(id).isPresent()) {
            throw ApiErrorResponse.of(
                    ValidationError.on("customer", "id", "91609", "Customer ID has already been taken."));
        }
    }

    private GatewayReply find(GatewayRequest request) {
        Customer customer = vault.customer(request.id()).orElseThrow(() -> new ResourceNotFound("customer"));
        return GatewayReply.ok(CustomerXml.write(customer, merchantId, vault.methodsOf(customer.id())));
    }

    private GatewayReply delete(GatewayRequest request) {
        Customer customer = vault.customer(request.id()).orElseThrow(() -> new ResourceNotFound("customer"));
        vault.removeCustomer(customer.id());
        return GatewayReply.emptyOk();
    }
}
