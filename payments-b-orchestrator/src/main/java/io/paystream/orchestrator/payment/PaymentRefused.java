package io.paystream.orchestrator.payment;

/** What a payment refuses to do, in the domain's words; the web layer maps each refusal to a problem type. */
public class PaymentRefused extends RuntimeException {

    /** Why: the payment or method is not the caller's, the status does not allow it, or the amount is too much. */
    public enum Refusal {
        PAYMENT_NOT_FOUND,
        PAYMENT_METHOD_NOT_FOUND,
        OPERATION_NOT_ALLOWED,
        AMOUNT_EXCEEDS_LIMIT,
        REFUND_SPANS_CAPTURES
    }

    private final Refusal refusal;

    PaymentRefused(Refusal refusal, String detail) {
        super(detail);
        this.refusal = refusal;
    }

    static PaymentRefused notFound() {
        return new PaymentRefused(Refusal.PAYMENT_NOT_FOUND, "No such payment");
    }

    static PaymentRefused notAllowed(String detail) {
        return new PaymentRefused(Refusal.OPERATION_NOT_ALLOWED, detail);
    }

    static PaymentRefused tooMuch(String detail) {
        return new PaymentRefused(Refusal.AMOUNT_EXCEEDS_LIMIT, detail);
    }

    public Refusal refusal() {
        return refusal;
    }
}
