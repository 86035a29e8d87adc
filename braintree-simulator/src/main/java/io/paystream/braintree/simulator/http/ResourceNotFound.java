package io.paystream.braintree.simulator.http;

/** Ends a gateway call with HTTP 404, which the SDK turns into {@code NotFoundException}. */
public final class ResourceNotFound extends RuntimeException {

    public ResourceNotFound(String what) {
        super(what, null, false, false);
    }
}
