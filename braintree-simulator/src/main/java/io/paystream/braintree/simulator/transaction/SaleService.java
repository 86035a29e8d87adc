package io.paystream.braintree.simulator.transaction;

import io.paystream.braintree.simulator.http.ApiErrorResponse;
import io.paystream.braintree.simulator.http.UnsupportedRequest;
import io.paystream.braintree.simulator.http.ValidationError;
import io.paystream.braintree.simulator.nonce.Nonces;
import io.paystream.braintree.simulator.xml.XmlNode;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * {@code transaction().sale}: validates like the gateway (all errors at once), authorizes by test amount, records
 * declines too (they are findable and searchable), consumes the nonce and optionally submits for settlement.
 */
final class SaleService {

    private final TransactionStore store;
    private final PaymentSources payments;
    private final Nonces nonces;
    private final MerchantAccounts accounts;
    private final SettlementScheduler settlement;
    private final Clock clock;

    SaleService(
            TransactionStore store,
            PaymentSources payments,
            Nonces nonces,
            MerchantAccounts accounts,
            SettlementScheduler settlement,
            Clock clock) {
        this.store = store;
        this.payments = payments;
        this.nonces = nonces;
        this.accounts = accounts;
        this.settlement = settlement;
        this.clock = clock;
    }

    Transaction sale(XmlNode request) {
        String type = request.text("type");
        if (!"sale".equals(type)) {
            throw new UnsupportedRequest("transaction type " + type + " (only sale)");
        }
        List<ValidationError> errors = new ArrayList<>();
        MerchantAccounts.Account account = accounts.resolve(request.text("merchantAccountId"), errors);
        BigDecimal amount = Amounts.parse(request.text("amount"), account.digits(), errors);
        String orderId = request.text("orderId");
        if (orderId != null && orderId.length() > 255) {
            errors.add(ValidationError.on("transaction", "order_id", "91501", "Order ID is too long."));
        }
        Payment payment = payments.resolve(request, errors);
        if (!errors.isEmpty()) {
            throw ApiErrorResponse.of(errors);
        }
        TestAmounts.Authorization authorization = TestAmounts.authorize(amount, payment.instrument());
        Instant now = clock.instant();
        Terms terms = new Terms(
                store.newId(),
                "sale",
                amount,
                orderId,
                account,
                payment,
                authorization.response(),
                authorization.gatewayRejectionReason(),
                authorization.approved() ? authorizationCode() : null,
                null,
                null,
                now);
        Transaction transaction = new Transaction(terms, authorization.status());
        store.add(transaction);
        if (payment.nonce() != null) {
            nonces.consume(payment.nonce());
        }
        if (!authorization.approved()) {
            throw ApiErrorResponse.declined(authorization.message(), xml -> TransactionXml.write(xml, transaction));
        }
        if (request.flag("options/submitForSettlement")) {
            transaction.submitForSettlement(amount, now);
            settlement.submitted(transaction.id());
        }
        return transaction;
    }

    private static String authorizationCode() {
        return String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
    }
}
