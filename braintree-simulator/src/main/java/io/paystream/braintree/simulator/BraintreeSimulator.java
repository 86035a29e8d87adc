package io.paystream.braintree.simulator;

import com.sun.net.httpserver.HttpServer;
import io.paystream.braintree.simulator.admin.AdminHandler;
import io.paystream.braintree.simulator.fault.Fault;
import io.paystream.braintree.simulator.fault.FaultPlan;
import io.paystream.braintree.simulator.http.ApiErrorResponse;
import io.paystream.braintree.simulator.http.BasicAuth;
import io.paystream.braintree.simulator.http.GatewayHandler;
import io.paystream.braintree.simulator.http.RecordedRequest;
import io.paystream.braintree.simulator.http.RequestJournal;
import io.paystream.braintree.simulator.http.ResourceNotFound;
import io.paystream.braintree.simulator.http.Route;
import io.paystream.braintree.simulator.nonce.FakeNonces;
import io.paystream.braintree.simulator.nonce.Nonces;
import io.paystream.braintree.simulator.transaction.LifecycleService;
import io.paystream.braintree.simulator.transaction.MerchantAccounts;
import io.paystream.braintree.simulator.transaction.RecordedTransaction;
import io.paystream.braintree.simulator.transaction.SettlementScheduler;
import io.paystream.braintree.simulator.transaction.TransactionEndpoints;
import io.paystream.braintree.simulator.transaction.TransactionStore;
import io.paystream.braintree.simulator.vault.Vault;
import io.paystream.braintree.simulator.vault.VaultEndpoints;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
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
    private final TransactionStore store = new TransactionStore();
    private final Vault vault = new Vault();
    private final Nonces nonces = new Nonces();
    private final FaultPlan faults = new FaultPlan();
    private final RequestJournal journal = new RequestJournal();
    private final SettlementScheduler settlement;
    private final LifecycleService lifecycle;

    private BraintreeSimulator(SimulatorSettings settings) throws IOException {
        this.settings = settings;
        Clock clock = Clock.systemUTC();
        this.settlement = new SettlementScheduler(settings.settleAfter(), store, lock, clock);
        this.lifecycle = new LifecycleService(store, settlement, clock);
        MerchantAccounts accounts = new MerchantAccounts(settings.merchantAccounts());
        List<Route> routes = new ArrayList<>(
                TransactionEndpoints.routes(store, lifecycle, settlement, nonces, vault, accounts, clock));
        routes.addAll(VaultEndpoints.routes(
                vault,
                nonces,
                clock,
                settings.merchantId(),
                accounts.defaultAccount().id(),
                accounts.defaultAccount().currency().getCurrencyCode()));
        this.server = HttpServer.create(new InetSocketAddress(settings.host(), settings.port()), 0);
        this.executor = Executors.newVirtualThreadPerTaskExecutor();
        server.setExecutor(executor);
        server.createContext(
                "/merchants/",
                new GatewayHandler(
                        settings.merchantId(),
                        new BasicAuth(settings.publicKey(), settings.privateKey()),
                        routes,
                        faults,
                        journal,
                        lock,
                        clock));
        server.createContext("/admin", new AdminHandler(store, lifecycle, faults, journal, nonces, lock, this::clear));
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

    /** Every transaction the gateway recorded, declined ones and refund credits included, oldest first. */
    public List<RecordedTransaction> transactions() {
        return locked(store::snapshots);
    }

    /** The transactions whose {@code orderId} is exactly {@code orderId}. */
    public List<RecordedTransaction> transactionsForOrder(String orderId) {
        return transactions().stream()
                .filter(t -> Objects.equals(orderId, t.orderId()))
                .toList();
    }

    public Optional<RecordedTransaction> transaction(String id) {
        return locked(() -> store.snapshot(id));
    }

    /** Settles a transaction in {@code submitted_for_settlement} now; fails for any other status or unknown id. */
    public RecordedTransaction settle(String transactionId) {
        try {
            return locked(() -> lifecycle.settle(transactionId));
        } catch (ResourceNotFound e) {
            throw new NoSuchElementException("No transaction " + transactionId);
        } catch (ApiErrorResponse e) {
            throw new IllegalStateException(transactionId + ": " + e.getMessage());
        }
    }

    /** Settles every transaction in {@code submitted_for_settlement} now and returns their ids. */
    public List<String> settleAll() {
        return locked(lifecycle::settleAll);
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
        return locked(() -> nonces.mint(instrument, null));
    }

    /** Forgets all transactions, customers, payment methods, minted nonces, armed faults and recorded requests. */
    public void reset() {
        locked(() -> {
            clear();
            return null;
        });
    }

    private void clear() {
        store.reset();
        vault.reset();
        nonces.reset();
        faults.clear();
        journal.clear();
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
        settlement.close();
    }
}
