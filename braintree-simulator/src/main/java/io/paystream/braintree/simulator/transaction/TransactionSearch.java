package io.paystream.braintree.simulator.transaction;

import io.paystream.braintree.simulator.http.UnsupportedRequest;
import io.paystream.braintree.simulator.xml.XmlNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The criteria of a {@code TransactionSearchRequest} as a predicate: text fields ({@code is}, {@code is_not},
 * {@code starts_with}, {@code ends_with}, {@code contains}; case-insensitive), multi-value fields (case-insensitive:
 * the SDK sends statuses as upper-case enum names) and ranges. Unknown criteria are refused, never ignored.
 */
final class TransactionSearch {

    private TransactionSearch() {}

    static Predicate<Transaction> criteria(XmlNode search) {
        Predicate<Transaction> all = transaction -> true;
        for (XmlNode criterion : search.children()) {
            all = all.and(criterion(criterion));
        }
        return all;
    }

    private static Predicate<Transaction> criterion(XmlNode node) {
        return switch (node.name().toLowerCase(Locale.ROOT).replace("-", "_")) {
            case "id" -> text(node, Transaction::id);
            case "order_id" -> text(node, t -> t.terms().orderId());
            case "payment_method_token" -> text(node, t -> t.terms().payment().token());
            case "customer_id" -> text(node, t -> t.terms().payment().customerId());
            case "ids" -> multi(node, Transaction::id);
            case "status" -> multi(node, t -> t.status().wireName());
            case "type" -> multi(node, t -> t.terms().type());
            case "merchant_account_id" -> multi(node, t -> t.terms().account().id());
            case "payment_instrument_type" ->
                multi(node, t -> t.terms().payment().instrument().instrumentType());
            case "amount" -> range(node, Transaction::amount, BigDecimal::new);
            case "created_at" -> range(node, t -> t.terms().createdAt(), Instant::parse);
            default -> throw new UnsupportedRequest("transaction search criterion " + node.name());
        };
    }

    private static Predicate<Transaction> text(XmlNode node, Function<Transaction, String> field) {
        Predicate<Transaction> all = transaction -> true;
        for (XmlNode operator : node.children()) {
            String wanted = operator.text().toLowerCase(Locale.ROOT);
            Predicate<String> test =
                    switch (operator.name().toLowerCase(Locale.ROOT).replace("-", "_")) {
                        case "is" -> value -> value.equals(wanted);
                        case "is_not" -> value -> !value.equals(wanted);
                        case "starts_with" -> value -> value.startsWith(wanted);
                        case "ends_with" -> value -> value.endsWith(wanted);
                        case "contains" -> value -> value.contains(wanted);
                        default -> throw new UnsupportedRequest("text search operator " + operator.name());
                    };
            all = all.and(transaction -> {
                String value = field.apply(transaction);
                return value != null && test.test(value.toLowerCase(Locale.ROOT));
            });
        }
        return all;
    }

    private static Predicate<Transaction> multi(XmlNode node, Function<Transaction, String> field) {
        List<String> wanted = node.children().stream()
                .map(item -> item.text().toLowerCase(Locale.ROOT))
                .toList();
        return transaction -> {
            String value = field.apply(transaction);
            return value != null && wanted.contains(value.toLowerCase(Locale.ROOT));
        };
    }

    private static <T extends Comparable<T>> Predicate<Transaction> range(
            XmlNode node, Function<Transaction, T> field, Function<String, T> parse) {
        String is = node.text("is");
        String min = node.text("min");
        String max = node.text("max");
        return transaction -> {
            T value = field.apply(transaction);
            return (is == null || value.compareTo(parse.apply(is)) == 0)
                    && (min == null || value.compareTo(parse.apply(min)) >= 0)
                    && (max == null || value.compareTo(parse.apply(max)) <= 0);
        };
    }
}
