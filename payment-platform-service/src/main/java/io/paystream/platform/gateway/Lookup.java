package io.paystream.platform.gateway;

/**
 * What the gateway's own records say of an operation that an earlier attempt may have sent. Only {@link NotApplied}
 * allows sending again at once; {@link NoRecord} proves nothing yet, since a sale or refund may still be on its way.
 */
public sealed interface Lookup {

    /** The records show what became of it: the outcome, final unless the transaction is still being authorized. */
    record Found(GatewayOutcome outcome) implements Lookup {}

    /**
     * The records prove it has not happened, and sending it now cannot make it happen twice: a full capture or a void
     * acts on the transaction itself, so a second one is refused by its status.
     */
    record NotApplied(String evidence) implements Lookup {}

    /** Nothing under the operation's id (a sale, partial capture or refund): perhaps not yet, perhaps never. */
    record NoRecord() implements Lookup {}

    /** The records could not be read (5xx, timeout, open circuit): nothing was changed, ask again later. */
    record Unreadable(String reason) implements Lookup {}
}
