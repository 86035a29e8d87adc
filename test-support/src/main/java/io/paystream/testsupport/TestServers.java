package io.paystream.testsupport;

import java.util.function.Supplier;

/**
 * The JVM-wide servers: each starts on first use and stays up until the JVM exits, so every test class
 * and every cached Spring context of one test run shares it. Only PostgreSQL, a process of its own, is
 * stopped at exit; the others live in this JVM and end with it, so that no server goes away while a
 * cached Spring context is still polling it during shutdown.
 */
public final class TestServers {

    private TestServers() {}

    public static PostgresServer postgres() {
        return PostgresHolder.SERVER;
    }

    public static KafkaServer kafka() {
        return KafkaHolder.SERVER;
    }

    public static SqsServer sqs() {
        return SqsHolder.SERVER;
    }

    public static OAuthServer oauth() {
        return OAuthHolder.SERVER;
    }

    static Object get(Server server) {
        return switch (server) {
            case POSTGRES -> postgres();
            case KAFKA -> kafka();
            case SQS -> sqs();
            case OAUTH -> oauth();
        };
    }

    // Holder classes: the JVM initializes each lazily and exactly once, with no locking of ours.
    private static final class PostgresHolder {
        static final PostgresServer SERVER = startAndStopAtExit(PostgresServer::startEphemeral);
    }

    private static final class KafkaHolder {
        static final KafkaServer SERVER = KafkaServer.startEphemeral();
    }

    private static final class SqsHolder {
        static final SqsServer SERVER = SqsServer.startEphemeral();
    }

    private static final class OAuthHolder {
        static final OAuthServer SERVER = OAuthServer.startEphemeral();
    }

    private static <T extends AutoCloseable> T startAndStopAtExit(Supplier<T> start) {
        T server = start.get();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (Exception ignored) {
                // The JVM is exiting; a server that fails to stop dies with it.
            }
        }));
        return server;
    }
}
