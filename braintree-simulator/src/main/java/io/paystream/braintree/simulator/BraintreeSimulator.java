package io.paystream.braintree.simulator;

import com.sun.net.httpserver.HttpServer;
import io.paystream.braintree.simulator.admin.AdminHandler;
import io.paystream.braintree.simulator.fault.Fault;
import io.paystream.braintree.simulator.fault.FaultPlan;
import io.paystream.braintree.simulator.http.ApiErrorResponse;
import io.paystream.braintree.simulator.http.GatewayHandler;
import io.paystream.braintree.simulator.http.RecordedRequest;
import io.paystream.braintree.simulator.http.RequestJournal;
import io.paystream.braintree.simulator.http.ResourceNotFound;
import io.paystream.braintree.simulator.nonce.FakeNonces;
import io.paystream.braintree.simulator.transaction.RecordedTransaction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * A running Braintree simulator: the gateway under {@link #baseUrl()}{@code /merchants/{id}}, the admin API under
 * {@code /admin}, and the same admin operations as Java methods for tests in this JVM. Close it when done.
 */
public final class BraintreeSimulator implements AutoCloseable {

    private final SimulatorSettings settings;
    private final HttpServer server;
    private final ExecutorService executor;
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, MerchantGateway> merchants = new LinkedHashMap<>();
    private final MerchantGateway defaultMerchant;
    private final FaultPlan faults = new FaultPlan();
    private final RequestJournal journal = new RequestJournal();

    private BraintreeSimulator(SimulatorSettings settings) throws IOException {
        this.settings = settings;
        Clock clock = Clock.systemUTC();
        for (SimulatorSettings.Merchant merchant : settings.merchants()) {
            merchants.put(merchant.merchantId(), new MerchantGateway(merchant, settings, lock, clock));
        }
        this.defaultMerchant = merchants.get(settings.merchantId());
        Map<String, GatewayHandler.Tenant> tenants = new LinkedHashMap<>();
        merchants.forEach((id, gateway) -> tenants.put(id, gateway.tenant));
        this.server = HttpServer.create(new InetSocketAddress(settings.host(), settings.port()), 0);
        this.executor = Executors.newVirtualThreadPerTaskExecutor();
        server.setExecutor(executor);
        server.createContext("/merchants/", new GatewayHandler(tenants, faults, journal, lock, clock));
        // The admin API and the methods below speak of the default merchant; merchant(id) of any.
        server.createContext(
                "/admin",
                new AdminHandler(
                        defaultMerchant.store,
                        defaultMerchant.lifecycle,
                        faults,
                        journal,
                        defaultMerchant.nonces,
                        lock,
                        this::clear));
        server.start();
    }

    /** Starts a simulator with {@link SimulatorSettings#forTests()}: a free port, settlement on demand. */
    public static BraintreeSimulator start() {
        return start(SimulatorSettings.forTests());
    }

    public static BraintreeSimulator start(SimulatorSettings settings) {
        try {
            return new BraintreeSimulator(settings);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot listen on " + settings.host() + ":" + settings.port(), e);
        }
    }

    /** {@code http://localhost:<port>}: the base and auth URL of a braintree-java {@code Environment}. */
    public String baseUrl() {
        String host = settings.host();
        boolean local = host.equals("127.0.0.1") || host.equals("0.0.0.0") || host.equals("localhost");
        return "http://" + (local ? "localhost" : host) + ":" + port();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public SimulatorSettings settings() {
        return settings;
    }

    /** Every transaction the default merchant's gateway recorded, declined ones and refund credits included. */
    public List<RecordedTransaction> transactions() {
        return locked(defaultMerchant.store::snapshots);
    }

    /** Every transaction recorded for the Braintree merchant {@code merchantId}, oldest first. */
    public List<RecordedTransaction> transactions(String merchantId) {
        MerchantGateway merchant = merchants.get(merchantId);
        if (merchant == null) {
            throw new IllegalArgumentException("The simulator serves no merchant " + merchantId);
        }
        return locked(merchant.store::snapshots);
    }

    /** The transactions whose {@code orderId} is exactly {@code orderId}. */
    public List<RecordedTransaction> transactionsForOrder(String orderId) {
        return transactions().stream()
                .filter(t -> Objects.equals(orderId, t.orderId()))
                .toList();
    }

    public Optional<RecordedTransaction> transaction(String id) {
        return locked(() -> merchants.values().stream()
                .flatMap(merchant -> merchant.store.snapshot(id).stream())
                .findFirst());
    }

    /** Settles a transaction in {@code submitted_for_settlement} now; fails for any other status or unknown id. */
    public RecordedTransaction settle(String transactionId) {
        try {
            return locked(() -> owner(transactionId).lifecycle.settle(transactionId));
        } catch (ResourceNotFound e) {
            throw new NoSuchElementException("No transaction " + transactionId);
        } catch (ApiErrorResponse e) {
            throw new IllegalStateException(transactionId + ": " + e.getMessage());
        }
    }

    /** Settles every merchant's transactions in {@code submitted_for_settlement} now and returns their ids. */
    public List<String> settleAll() {
        return locked(() -> merchants.values().stream()
                .flatMap(merchant -> merchant.lifecycle.settleAll().stream())
                .toList());
    }

    /** Arms {@code fault} for the next matching gateway requests. */
    public void inject(Fault fault) {
        faults.arm(fault);
    }

    public List<Fault> pendingFaults() {
        return faults.pending();
    }

    /** The gateway requests received, oldest first (the last 10,000). */
    public List<RecordedRequest> requests() {
        return journal.all();
    }

    /** A new single-use nonce for the instrument of the fixed fake nonce {@code likeFakeNonce}. */
    public String mintNonce(String likeFakeNonce) {
        var instrument = FakeNonces.lookup(likeFakeNonce)
                .orElseThrow(() -> new IllegalArgumentException("Unknown fake nonce " + likeFakeNonce));
        return locked(() -> defaultMerchant.nonces.mint(instrument, null));
    }

    /** Forgets all transactions, customers, payment methods, minted nonces, armed faults and recorded requests. */
    public void reset() {
        locked(() -> {
            clear();
            return null;
        });
    }

    private void clear() {
        merchants.values().forEach(MerchantGateway::clear);
        faults.clear();
        journal.clear();
    }

    /** The merchant whose store holds {@code transactionId}; the default one when none does (it then says so). */
    private MerchantGateway owner(String transactionId) {
        return merchants.values().stream()
                .filter(merchant -> merchant.store.snapshot(transactionId).isPresent())
                .findFirst()
                .orElse(defaultMerchant);
    }

    private <T> T locked(Supplier<T> action) {
        lock.lock();
        try {
            return action.get();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        merchants.values().forEach(MerchantGateway::close);
    }
}
