package io.paystream.contracts;

/** The kinds of stored or one-time payment method Paystream accepts. */
public enum PaymentMethodType {
    CARD,
    PAYPAL,
    APPLE_PAY,
    GOOGLE_PAY
}
