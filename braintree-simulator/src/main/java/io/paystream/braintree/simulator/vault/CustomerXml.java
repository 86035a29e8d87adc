package io.paystream.braintree.simulator.vault;

import io.paystream.braintree.simulator.nonce.ApplePay;
import io.paystream.braintree.simulator.nonce.Card;
import io.paystream.braintree.simulator.nonce.GooglePay;
import io.paystream.braintree.simulator.nonce.Instrument;
import io.paystream.braintree.simulator.nonce.PayPal;
import io.paystream.braintree.simulator.xml.XmlWriter;
import java.util.List;

/** Writes a {@code customer} with its payment methods in the per-kind lists braintree-java reads. */
final class CustomerXml {

    private CustomerXml() {}

    static String write(Customer customer, String merchantId, List<VaultedPaymentMethod> methods) {
        XmlWriter xml = new XmlWriter()
                .open("customer")
                .element("id", customer.id())
                .element("merchant-id", merchantId)
                .element("first-name", customer.firstName())
                .element("last-name", customer.lastName())
                .element("company", customer.company())
                .element("email", customer.email())
                .element("phone", customer.phone())
                .nil("fax")
                .nil("website")
                .datetime("created-at", customer.createdAt())
                .datetime("updated-at", customer.createdAt());
        list(xml, "credit-cards", methods, Card.class);
        list(xml, "paypal-accounts", methods, PayPal.class);
        list(xml, "apple-pay-cards", methods, ApplePay.class);
        list(xml, "android-pay-cards", methods, GooglePay.class);
        return xml.openArray("addresses").close().close().toString();
    }

    private static void list(
            XmlWriter xml, String name, List<VaultedPaymentMethod> methods, Class<? extends Instrument> kind) {
        xml.openArray(name);
        methods.stream()
                .filter(method -> kind.isInstance(method.instrument()))
                .forEach(method -> PaymentMethodXml.write(xml, method));
        xml.close();
    }
}
