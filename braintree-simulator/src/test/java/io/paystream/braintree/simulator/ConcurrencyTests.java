package io.paystream.braintree.simulator;

import static io.paystream.braintree.simulator.Sales.sale;
import static io.paystream.braintree.simulator.Sales.settled;
import static org.assertj.core.api.Assertions.assertThat;

import com.braintreegateway.BraintreeGateway;
import com.braintreegateway.Result;
import com.braintreegateway.Transaction;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SimulatorExtension.class)
class ConcurrencyTests {

    @Test
    void concurrentRefundsNeverExceedTheSettledAmount(BraintreeGateway gateway, BraintreeSimulator simulator)
            throws Exception {
        Transaction sale = settled(gateway, simulator, "10.00");

        List<Result<Transaction>> results =
                inParallel(20, () -> gateway.transaction().refund(sale.getId(), new BigDecimal("1.00")));

        assertThat(results).filteredOn(Result::isSuccess).hasSize(10);
        BigDecimal refunded = simulator.transactions().stream()
                .filter(t -> t.type().equals("credit"))
                .map(t -> t.amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(refunded).isEqualByComparingTo("10.00");
    }

    @Test
    void concurrentSalesWithOneMintedNonceChargeOnce(BraintreeGateway gateway, BraintreeSimulator simulator)
            throws Exception {
        String nonce = simulator.mintNonce("fake-valid-nonce");

        List<Result<Transaction>> results =
                inParallel(10, () -> gateway.transaction().sale(sale("10.00", nonce)));

        assertThat(results).filteredOn(Result::isSuccess).hasSize(1);
        assertThat(simulator.transactions()).hasSize(1);
    }

    private static <T> List<T> inParallel(int count, Callable<T> call) throws Exception {
        try (ExecutorService executor = Executors.newFixedThreadPool(count)) {
            List<Future<T>> futures = IntStream.range(0, count)
                    .mapToObj(i -> executor.submit(call))
                    .toList();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        }
    }
}
