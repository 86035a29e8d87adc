package io.paystream.braintree.simulator.http;

import io.paystream.braintree.simulator.xml.XmlNode;
import java.util.List;

/** An authenticated gateway request: its operation, the path variables of its route and its XML body. */
public record GatewayRequest(Operation operation, List<String> pathVariables, XmlNode body) {

    /** The first path variable: the transaction id, customer id or payment method token of the route. */
    public String id() {
        return pathVariables.getFirst();
    }
}
