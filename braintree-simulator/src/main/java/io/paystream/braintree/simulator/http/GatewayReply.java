package io.paystream.braintree.simulator.http;

/** A successful gateway answer; the SDK accepts only 200 and 201 as success, so nothing else is offered. */
public record GatewayReply(int status, String xml) {

    public static GatewayReply ok(String xml) {
        return new GatewayReply(200, xml);
    }

    public static GatewayReply created(String xml) {
        return new GatewayReply(201, xml);
    }

    /** 200 without a body, as the gateway answers deletes (the SDK never reads it). */
    public static GatewayReply emptyOk() {
        return new GatewayReply(200, "");
    }
}
