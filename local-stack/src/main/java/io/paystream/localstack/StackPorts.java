package io.paystream.localstack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;

/** The fixed local ports, as the README documents them. */
public final class StackPorts {

    public static final int POSTGRES = 15432;
    public static final int KAFKA = 9092;
    public static final int KAFKA_CONTROLLER = 9093;
    public static final int SQS = 9324;
    public static final int KEYCLOAK = 8180;
    public static final int BRAINTREE = 8089;
    public static final int ZIPKIN = 9411;
    public static final int FACADE = 8080;
    public static final int ORCHESTRATOR = 8081;
    public static final int WALLET = 8082;
    public static final int PAYMENT_PLATFORM = 8083;
    public static final int ORDERS = 8084;
    public static final int MERCHANTS = 8085;
    public static final int WEBHOOKS = 8087;

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
                ZIPKIN,
                ORCHESTRATOR,
                WALLET,
                PAYMENT_PLATFORM,
                ORDERS,
                MERCHANTS,
                WEBHOOKS)) {
            try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                probe.setReuseAddress(true);
            } catch (IOException inUse) {
                throw new IllegalStateException("port " + port + " is in use: is another Paystream stack running?"
                        + " Stop it with ./paystream stop");
            }
        }
    }
}
