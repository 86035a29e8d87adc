package io.paystream.contracts;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount in a currency's minor units (cents for USD, yen for JPY, fils for KWD).
 *
 * <p>Never negative: a refund or a reversal is a positive amount of its own operation, not a negative
 * charge. Converted to a decimal only at the gateway boundary, with {@link #toDecimal()}.
 */
public record Money(long amount, Currency currency) {

    public Money {
        Objects.requireNonNull(currency, "currency");
        if (amount < 0) {
            throw new IllegalArgumentException("amount must not be negative: " + amount);
        }
        if (currency.getDefaultFractionDigits() < 0) {
            throw new IllegalArgumentException("not a currency of money: " + currency.getCurrencyCode());
        }
    }

    /** Parses an ISO 4217 code; rejects codes the JDK does not know. */
    public static Money of(long amount, String currencyCode) {
        return new Money(amount, currency(currencyCode));
    }

    public static Money zero(Currency currency) {
        return new Money(0, currency);
    }

    /** The JDK's currency for an ISO 4217 code, or an {@link IllegalArgumentException} naming the code. */
    public static Currency currency(String currencyCode) {
        Objects.requireNonNull(currencyCode, "currency");
        if (!currencyCode.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("currency must be three upper-case letters: " + currencyCode);
        }
        try {
            return Currency.getInstance(currencyCode);
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException("unknown ISO 4217 currency: " + currencyCode);
        }
    }

    /** The same amount as a decimal in major units, scaled to the currency (1050 USD is 10.50). */
    public BigDecimal toDecimal() {
        return BigDecimal.valueOf(amount, currency.getDefaultFractionDigits());
    }

    /** The minor units of a decimal amount; rejects more decimals than the currency has. */
    public static Money fromDecimal(BigDecimal decimal, Currency currency) {
        try {
            return new Money(
                    decimal.setScale(currency.getDefaultFractionDigits())
                            .unscaledValue()
                            .longValueExact(),
                    currency);
        } catch (ArithmeticException tooPrecise) {
            throw new IllegalArgumentException(
                    decimal.toPlainString() + " has more decimals than " + currency.getCurrencyCode() + " allows");
        }
    }

    public boolean isPositive() {
        return amount > 0;
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(amount, sameCurrency(other).amount), currency);
    }

    /** The difference; rejects a result below zero, which would be money that does not exist. */
    public Money minus(Money other) {
        return new Money(Math.subtractExact(amount, sameCurrency(other).amount), currency);
    }

    public boolean exceeds(Money other) {
        return amount > sameCurrency(other).amount;
    }

    private Money sameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException(
                    "currencies differ: " + currency.getCurrencyCode() + " and " + other.currency.getCurrencyCode());
        }
        return other;
    }

    @Override
    public String toString() {
        return toDecimal().toPlainString() + " " + currency.getCurrencyCode();
    }
}
