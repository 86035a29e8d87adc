package io.paystream.braintree.simulator;

import static io.paystream.braintree.simulator.Sales.sale;
import static io.paystream.braintree.simulator.Sales.succeeded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.braintreegateway.BraintreeGateway;
import com.braintreegateway.ResourceCollection;
import com.braintreegateway.Transaction;
import com.braintreegateway.TransactionSearchRequest;
import com.braintreegateway.exceptions.UnexpectedException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SimulatorExtension.class)
class SearchTests {

    @Test
    void searchByOrderIdFindsExactlyThatOrdersTransactionsDeclinesIncluded(BraintreeGateway gateway) {
        String approved = succeeded(gateway.transaction()
                        .sale(sale("10.00", "fake-valid-nonce").orderId("ord-a")))
                .getId();
        String declined = gateway.transaction()
                .sale(sale("2000.00", "fake-valid-nonce").orderId("ord-a"))
                .getTransaction()
                .getId();
        succeeded(gateway.transaction().sale(sale("10.00", "fake-valid-nonce").orderId("ord-b")));

        List<String> found = ids(gateway.transaction()
                .search(new TransactionSearchRequest().orderId().is("ord-a")));

        assertThat(found).containsExactlyInAnyOrder(approved, declined);
    }

    @Test
    void searchForAnUnknownOrderIdFindsNothing(BraintreeGateway gateway) {
        succeeded(gateway.transaction().sale(sale("10.00", "fake-valid-nonce").orderId("ord-a")));

        ResourceCollection<Transaction> found = gateway.transaction()
                .search(new TransactionSearchRequest().orderId().is("ord-zzz"));

        assertThat(found.getMaximumSize()).isZero();
        assertThat(ids(found)).isEmpty();
    }

    @Test
    void searchByStatusMatchesTheSdksUpperCaseStatusNames(BraintreeGateway gateway) {
        String authorized = Sales.authorized(gateway, "1.00").getId();
        Sales.captured(gateway, "2.00");

        var request = new TransactionSearchRequest().status().in(Transaction.Status.AUTHORIZED);

        assertThat(ids(gateway.transaction().search(request))).containsExactly(authorized);
    }

    @Test
    void searchCombinesCriteria(BraintreeGateway gateway) {
        succeeded(gateway.transaction().sale(sale("5.00", "fake-valid-nonce").orderId("ord-c")));
        String large = succeeded(gateway.transaction()
                        .sale(sale("50.00", "fake-valid-nonce").orderId("ord-c")))
                .getId();

        var request = new TransactionSearchRequest()
                .orderId()
                .startsWith("ord-")
                .amount()
                .greaterThanOrEqualTo(new BigDecimal("10.00"))
                .type()
                .is(Transaction.Type.SALE);

        assertThat(ids(gateway.transaction().search(request))).containsExactly(large);
    }

    @Test
    void searchPagesThroughMoreResultsThanOnePage(BraintreeGateway gateway) {
        for (int i = 0; i < 55; i++) {
            succeeded(
                    gateway.transaction().sale(sale("1.00", "fake-valid-nonce").orderId("ord-many")));
        }

        ResourceCollection<Transaction> found = gateway.transaction()
                .search(new TransactionSearchRequest().orderId().is("ord-many"));

        assertThat(found.getMaximumSize()).isEqualTo(55);
        assertThat(ids(found)).hasSize(55).doesNotHaveDuplicates();
    }

    @Test
    void searchWithACriterionTheSimulatorDoesNotModelFailsLoudly(BraintreeGateway gateway) {
        var request = new TransactionSearchRequest().creditCardCardholderName().is("Ada");

        assertThatThrownBy(() -> gateway.transaction().search(request)).isInstanceOf(UnexpectedException.class);
    }

    private static List<String> ids(ResourceCollection<Transaction> transactions) {
        List<String> ids = new ArrayList<>();
        transactions.forEach(transaction -> ids.add(transaction.getId()));
        return ids;
    }
}
