package io.paystream.localstack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;

/** The fixed local ports, as the README documents them. */
final class StackPorts {

    static final int POSTGRES = 15432;
    static final int KAFKA = 9092;
    static final int KAFKA_CONTROLLER = 9093;
    static final int SQS = 9324;
    static final int KEYCLOAK = 8180;
    static final int BRAINTREE = 8089;
    static final int FACADE = 8080;
    static final int ORCHESTRATOR = 8081;
    static final int WALLET = 8082;
    static final int PAYMENT_PLATFORM = 8083;
    static final int ORDERS = 8084;

    private StackPorts() {}

    /** Fails up front, naming the port, instead of half-starting next to another stack. */
    static void requireFree() {
        for (int port : List.of(
                POSTGRES,
                KAFKA,
                KAFKA_CONTROLLER,
                SQS,
                KEYCLOAK,
                BRAINTREE,
                ORCHESTRATOR,
                WALLET,
                PAYMENT_PLATFORM,
                ORDERS)) {
            try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                probe.setReuseAddress(true);
            } catch (IOException inUse) {
                throw new IllegalStateException("port " + port + " is in use: is another Paystream stack running?"
                        + " Stop it with ./paystream stop");
            }
        }
    }
}
