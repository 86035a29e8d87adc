package io.paystream.signals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * PostgreSQL's LISTEN/NOTIFY as wake-ups. One connection of its own (never one of the pool's) listens on every
 * channel subscribed; a notification, which PostgreSQL delivers when the transaction that sent it commits, runs the
 * channel's handler on the listening thread, so a handler only hands work on. While it listens, nothing is sent to
 * the server. Whatever may go unheard (before the first LISTEN, while the connection is down) is made up for: each
 * subscriber's {@link Subscriber#mayHaveMissed} runs when the connection is lost and again once it listens.
 */
public class PostgresSignals implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PostgresSignals.class);
    private static final int WAIT_MILLIS = 500;
    private static final Duration RECONNECT_DELAY = Duration.ofSeconds(1);

    /** What a channel's notifications wake. */
    public interface Subscriber {

        /** A notification on the channel, with the payload its sender gave (empty for none). */
        void notified(String payload);

        /**
         * Notifications may have been missed, or may go unheard from now ({@link #listening()} says which): act as if
         * every one had come.
         */
        void mayHaveMissed();
    }

    private final String url;
    private final String user;
    private final String password;
    private final Map<String, Subscriber> subscribers = new ConcurrentHashMap<>();
    private volatile boolean running;
    private volatile boolean listening;
    private boolean deaf;
    private Thread listener;

    public PostgresSignals(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** Subscribes to {@code channel} (a lower-case SQL identifier); before the application starts. */
    public void subscribe(String channel, Subscriber subscriber) {
        if (!channel.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain channel name: " + channel);
        }
        if (subscribers.putIfAbsent(channel, subscriber) != null) {
            throw new IllegalStateException("channel " + channel + " has a subscriber already");
        }
    }

    /** These signals never listen: every subscriber polls. */
    PostgresSignals deaf() {
        deaf = true;
        return this;
    }

    /** Whether notifications are being heard now; while not, a subscriber should poll. */
    public boolean listening() {
        return listening;
    }

    @Override
    public synchronized void start() {
        running = true;
        if (deaf) {
            return;
        }
        listener = Thread.ofPlatform().name("postgres-signals").daemon().start(this::listenUntilStopped);
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (listener != null) {
            listener.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listenUntilStopped() {
        while (running) {
            try (Connection connection = DriverManager.getConnection(url, user, password)) {
                try (Statement listen = connection.createStatement()) {
                    for (String channel : subscribers.keySet()) {
                        listen.execute("LISTEN " + channel);
                    }
                }
                listening = true;
                subscribers.values().forEach(Subscriber::mayHaveMissed);
                PGConnection notifications = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] received = notifications.getNotifications(WAIT_MILLIS);
                    if (received != null) {
                        for (PGNotification notification : received) {
                            dispatch(notification);
                        }
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    log.warn(
                            "Not listening to PostgreSQL notifications ({}); again in {}",
                            e.getMessage(),
                            RECONNECT_DELAY);
                }
            } finally {
                if (listening) {
                    listening = false;
                    // From now on notifications go unheard: subscribers poll until the connection is back.
                    subscribers.values().forEach(Subscriber::mayHaveMissed);
                }
            }
            if (running) {
                LockSupport.parkNanos(RECONNECT_DELAY.toNanos());
            }
        }
    }

    private void dispatch(PGNotification notification) {
        Subscriber subscriber = subscribers.get(notification.getName());
        if (subscriber == null) {
            return;
        }
        try {
            subscriber.notified(notification.getParameter());
        } catch (RuntimeException e) {
            log.error("A subscriber of {} failed on a notification", notification.getName(), e);
        }
    }
}
