package io.paystream.braintree.simulator.transaction;

import io.paystream.braintree.simulator.http.ValidationError;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The merchant accounts a sale may name, each with its currency; the first is the default. */
public final class MerchantAccounts {

    /** One merchant account and the currency it settles in. */
    public record Account(String id, Currency currency) {

        int digits() {
            return currency.getDefaultFractionDigits();
        }
    }

    private final Map<String, Account> accounts = new LinkedHashMap<>();
    private final Account defaultAccount;

    public MerchantAccounts(Map<String, Currency> currencies) {
        if (currencies.isEmpty()) {
            throw new IllegalArgumentException("At least one merchant account is needed");
        }
        currencies.forEach((id, currency) -> accounts.put(id, new Account(id, currency)));
        this.defaultAccount = accounts.values().iterator().next();
    }

    public Account defaultAccount() {
        return defaultAccount;
    }

    /** The named account (the default when {@code id} is null), or the default with 91513 added to {@code errors}. */
    Account resolve(String id, List<ValidationError> errors) {
        if (id == null) {
            return defaultAccount;
        }
        Account account = accounts.get(id);
        if (account == null) {
            errors.add(ValidationError.on(
                    "transaction", "merchant_account_id", "91513", "Merchant account ID is invalid."));
            return defaultAccount;
        }
        return account;
    }
}
