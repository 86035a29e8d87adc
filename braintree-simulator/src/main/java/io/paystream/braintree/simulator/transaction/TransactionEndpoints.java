package io.paystream.braintree.simulator.transaction;

import io.paystream.braintree.simulator.http.GatewayReply;
import io.paystream.braintree.simulator.http.GatewayRequest;
import io.paystream.braintree.simulator.http.Operation;
import io.paystream.braintree.simulator.http.Route;
import io.paystream.braintree.simulator.nonce.Nonces;
import io.paystream.braintree.simulator.vault.Vault;
import io.paystream.braintree.simulator.xml.XmlWriter;
import java.time.Clock;
import java.util.List;

/** The transaction gateway routes, including search and the SDK's {@code testing()} settlement calls. */
public final class TransactionEndpoints {

    /** The gateway's search page size; the SDK fetches records in chunks of this many ids. */
    private static final int PAGE_SIZE = 50;

    private final TransactionStore store;
    private final SaleService sales;
    private final LifecycleService lifecycle;

    private TransactionEndpoints(TransactionStore store, SaleService sales, LifecycleService lifecycle) {
        this.store = store;
        this.sales = sales;
        this.lifecycle = lifecycle;
    }

    public static List<Route> routes(
            TransactionStore store,
            LifecycleService lifecycle,
            SettlementScheduler settlement,
            Nonces nonces,
            Vault vault,
            MerchantAccounts accounts,
            Clock clock) {
        SaleService sales =
                new SaleService(store, new PaymentSources(nonces, vault), nonces, accounts, settlement, clock);
        return new TransactionEndpoints(store, sales, lifecycle).routes();
    }

    private List<Route> routes() {
        return List.of(
                new Route("POST", "/transactions", Operation.SALE, r -> created(sales.sale(r.body()))),
                new Route("GET", "/transactions/{id}", Operation.FIND, r -> ok(store.get(r.id()))),
                new Route(
                        "PUT",
                        "/transactions/{id}/submit_for_settlement",
                        Operation.SUBMIT_FOR_SETTLEMENT,
                        r -> ok(lifecycle.submitForSettlement(r.id(), r.body()))),
                new Route(
                        "POST",
                        "/transactions/{id}/submit_for_partial_settlement",
                        Operation.SUBMIT_FOR_PARTIAL_SETTLEMENT,
                        r -> created(lifecycle.submitForPartialSettlement(r.id(), r.body()))),
                new Route("PUT", "/transactions/{id}/void", Operation.VOID, r -> ok(lifecycle.voidTransaction(r.id()))),
                new Route(
                        "POST",
                        "/transactions/{id}/refund",
                        Operation.REFUND,
                        r -> created(lifecycle.refund(r.id(), r.body()))),
                new Route("POST", "/transactions/advanced_search_ids", Operation.SEARCH, this::searchIds),
                new Route("POST", "/transactions/advanced_search", Operation.SEARCH, this::search),
                testing("settle", TransactionStatus.SETTLED),
                testing("settlement_confirm", TransactionStatus.SETTLEMENT_CONFIRMED),
                testing("settlement_decline", TransactionStatus.SETTLEMENT_DECLINED),
                testing("settlement_pending", TransactionStatus.SETTLEMENT_PENDING));
    }

    private Route testing(String action, TransactionStatus next) {
        return new Route(
                "PUT",
                "/transactions/{id}/" + action,
                Operation.TESTING_SETTLEMENT,
                r -> ok(lifecycle.settleAs(r.id(), next)));
    }

    private GatewayReply searchIds(GatewayRequest request) {
        List<String> ids = store.all().stream()
                .filter(TransactionSearch.criteria(request.body()))
                .map(Transaction::id)
                .toList();
        return GatewayReply.ok(new XmlWriter()
                .open("search-results")
                .integer("page-size", PAGE_SIZE)
                .items("ids", ids)
                .close()
                .toString());
    }

    private GatewayReply search(GatewayRequest request) {
        List<Transaction> page = store.all().stream()
                .filter(TransactionSearch.criteria(request.body()))
                .toList();
        XmlWriter xml = new XmlWriter()
                .open("credit-card-transactions")
                .integer("current-page-number", 1)
                .integer("page-size", PAGE_SIZE)
                .integer("total-items", page.size());
        page.forEach(transaction -> TransactionXml.write(xml, transaction));
        return GatewayReply.ok(xml.close().toString());
    }

    private static GatewayReply ok(Transaction transaction) {
        return GatewayReply.ok(TransactionXml.write(transaction));
    }

    private static GatewayReply created(Transaction transaction) {
        return GatewayReply.created(TransactionXml.write(transaction));
    }
}
