package io.paystream.braintree.simulator.http;

/**
 * Ends a gateway call with HTTP 400 for a request the simulator does not model (an unknown search criterion, a
 * standalone credit): loud on purpose, since a silent approximation would let a test pass for the wrong reason.
 */
public final class UnsupportedRequest extends RuntimeException {

    public UnsupportedRequest(String what) {
        super(what, null, false, false);
    }
}
