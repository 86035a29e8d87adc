package io.paystream.platform.gateway;

/** What an audit record says of a gateway answer: the transaction, the processor's code and text, the outcome. */
final class GatewayAttempts {

    private GatewayAttempts() {}

    record Summary(String transactionId, String code, String text, String outcome) {}

    static Summary of(GatewayOutcome outcome) {
        return switch (outcome) {
            case GatewayOutcome.Succeeded ok ->
                new Summary(ok.transactionId(), ok.processorResponseCode(), ok.processorResponseText(), "SUCCEEDED");
            case GatewayOutcome.Declined declined ->
                new Summary(declined.transactionId(), declined.code(), declined.message(), "DECLINED");
            case GatewayOutcome.Failed failed -> new Summary(null, failed.code(), failed.message(), "FAILED");
            case GatewayOutcome.AwaitingSettlement waiting ->
                new Summary(null, null, "capture is " + waiting.status(), "AWAITING_SETTLEMENT");
            case GatewayOutcome.Unknown unknown -> new Summary(null, null, unknown.reason(), "UNKNOWN");
            case GatewayOutcome.Transient failure -> new Summary(null, null, failure.reason(), "TRANSIENT");
        };
    }

    static Summary of(Lookup found) {
        return switch (found) {
            case Lookup.Found done -> of(done.outcome());
            case Lookup.NotApplied notApplied -> new Summary(null, null, notApplied.evidence(), "NOT_APPLIED");
            case Lookup.NoRecord none -> new Summary(null, null, null, "NO_RECORD");
            case Lookup.Unreadable unreadable -> new Summary(null, null, unreadable.reason(), "UNREADABLE");
        };
    }
}
