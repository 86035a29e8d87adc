package io.paystream.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.paystream.testsupport.PostgresServer;
import io.paystream.testsupport.RealServers;
import io.paystream.testsupport.Server;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@RealServers(value = Server.POSTGRES, database = "signals")
class PostgresSignalsTests {

    private String url;
    private PostgresSignals signals;
    private final BlockingQueue<String> heard = new LinkedBlockingQueue<>();
    private final AtomicInteger missed = new AtomicInteger();

    @BeforeEach
    void listen(PostgresServer postgres) {
        url = postgres.jdbcUrl("signals");
        signals = new PostgresSignals(url, PostgresServer.USER, PostgresServer.PASSWORD);
        signals.subscribe("outcome", new PostgresSignals.Subscriber() {
            @Override
            public void notified(String payload) {
                heard.add(payload);
            }

            @Override
            public void mayHaveMissed() {
                missed.incrementAndGet();
            }
        });
        signals.start();
        await().atMost(Duration.ofSeconds(10)).until(signals::listening);
    }

    @AfterEach
    void stop() {
        signals.stop();
    }

    @Test
    void aNotificationIsHeardWhenItsTransactionCommitsAndNotBefore() throws Exception {
        try (Connection writer = connection()) {
            writer.setAutoCommit(false);
            notify(writer, "op_1");

            assertThat(heard.poll(300, TimeUnit.MILLISECONDS))
                    .as("before the commit")
                    .isNull();
            writer.commit();

            assertThat(heard.poll(10, TimeUnit.SECONDS)).isEqualTo("op_1");
        }
    }

    @Test
    void aRolledBackTransactionSignalsNothing() throws Exception {
        try (Connection writer = connection()) {
            writer.setAutoCommit(false);
            notify(writer, "op_rolled_back");
            writer.rollback();
            writer.setAutoCommit(true);
            notify(writer, "op_after");

            assertThat(heard.poll(10, TimeUnit.SECONDS)).isEqualTo("op_after");
        }
    }

    @Test
    void aLostConnectionIsMadeUpForWhenListeningAgain() throws Exception {
        int before = missed.get();
        try (Connection admin = connection();
                Statement kill = admin.createStatement()) {
            kill.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                    + " WHERE query LIKE 'LISTEN%' AND pid <> pg_backend_pid()");
        }

        // Once when the connection is lost, once when it listens again.
        await().atMost(Duration.ofSeconds(15)).until(() -> missed.get() >= before + 2 && signals.listening());
        try (Connection writer = connection()) {
            notify(writer, "op_after_reconnect");
        }
        assertThat(heard.poll(10, TimeUnit.SECONDS)).isEqualTo("op_after_reconnect");
    }

    @Test
    void aWokenLoopWorksAtStartThenOnlyWhenNotified() throws Exception {
        PostgresSignals ownSignals = new PostgresSignals(url, PostgresServer.USER, PostgresServer.PASSWORD);
        BlockingQueue<Integer> runs = new LinkedBlockingQueue<>();
        AtomicInteger count = new AtomicInteger();
        WokenLoop loop = new WokenLoop(
                "test-relay", ownSignals, "job_written", Duration.ofHours(1), () -> runs.add(count.incrementAndGet()));
        ownSignals.start();
        loop.start();
        try {
            assertThat(runs.poll(10, TimeUnit.SECONDS)).as("the run at start").isNotNull();
            await().atMost(Duration.ofSeconds(10)).until(ownSignals::listening);
            while (runs.poll(500, TimeUnit.MILLISECONDS) != null) {
                // the runs of the start and of the first LISTEN
            }

            assertThat(runs.poll(500, TimeUnit.MILLISECONDS))
                    .as("a run while idle")
                    .isNull();
            try (Connection writer = connection();
                    Statement statement = writer.createStatement()) {
                statement.execute("SELECT pg_notify('job_written', '')");
            }
            assertThat(runs.poll(10, TimeUnit.SECONDS))
                    .as("the run the notification rang")
                    .isNotNull();
        } finally {
            loop.stop();
            ownSignals.stop();
        }
    }

    private Connection connection() throws SQLException {
        return DriverManager.getConnection(url, PostgresServer.USER, PostgresServer.PASSWORD);
    }

    private static void notify(Connection connection, String payload) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_notify('outcome', '" + payload + "')");
        }
    }
}
