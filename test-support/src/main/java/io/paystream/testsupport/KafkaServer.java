package io.paystream.testsupport;

import io.paystream.contracts.AuditTopics;
import io.paystream.contracts.PaymentTopics;
import io.paystream.contracts.WalletTopics;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Time;

/**
 * A real Apache Kafka broker in KRaft mode (combined broker and controller) running in this JVM, with the
 * six payment topics created at start.
 */
public final class KafkaServer implements AutoCloseable {

    /** Partitions per payment topic: events of one order share a key, so order is kept per partition. */
    public static final int PAYMENT_TOPIC_PARTITIONS = 3;

    private final KafkaRaftServer server;
    private final String bootstrapServers;
    private KafkaProducer<String, String> producer;

    private KafkaServer(KafkaRaftServer server, String bootstrapServers) {
        this.server = server;
        this.bootstrapServers = bootstrapServers;
    }

    /**
     * A throw-away broker on free ports, logging under the build's {@code target/} directory when there is one.
     * The log is not deleted at exit: the broker may still be writing while the JVM's shutdown hooks run.
     */
    public static KafkaServer startEphemeral() {
        try {
            Path target = Path.of("target");
            Path logDirectory = Files.isDirectory(target)
                    ? Files.createTempDirectory(target, "kafka-")
                    : Files.createTempDirectory("paystream-kafka-");
            int[] ports = FreePorts.distinct(2);
            return start(ports[0], ports[1], logDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A broker on fixed ports that keeps its log in {@code logDirectory} across restarts. */
    public static KafkaServer start(int port, int controllerPort, Path logDirectory) {
        Properties properties = brokerProperties(port, controllerPort, logDirectory);
        formatIfNew(properties, logDirectory);
        KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(properties, false), Time.SYSTEM);
        server.startup();
        KafkaServer kafka = new KafkaServer(server, "localhost:" + port);
        kafka.createTopics(PaymentTopics.ALL, PAYMENT_TOPIC_PARTITIONS);
        kafka.createTopics(WalletTopics.ALL, PAYMENT_TOPIC_PARTITIONS);
        kafka.createTopics(AuditTopics.ALL, PAYMENT_TOPIC_PARTITIONS);
        return kafka;
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** A consumer in a group of its own ({@code groupPrefix} and a random suffix) that reads topics from their start. */
    public KafkaConsumer<String, String> consumerFromStart(String groupPrefix) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG,
                groupPrefix + "-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest");
        return new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
    }

    /** Publishes one record as a service's outbox relay would (acks from all replicas), and waits for the ack. */
    public void publish(String topic, String key, String value) {
        try {
            producer().send(new ProducerRecord<>(topic, key, value)).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not publish to " + topic, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(
                    Map.of(
                            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                            bootstrapServers,
                            ProducerConfig.ACKS_CONFIG,
                            "all",
                            ProducerConfig.LINGER_MS_CONFIG,
                            0),
                    new StringSerializer(),
                    new StringSerializer());
        }
        return producer;
    }

    /** Creates the topics that do not exist yet; existing ones are left as they are. */
    public void createTopics(List<String> topics, int partitions) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = topics.stream()
                    .filter(topic -> !existing.contains(topic))
                    .map(topic -> new NewTopic(topic, partitions, (short) 1))
                    .toList();
            admin.createTopics(missing).all().get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not create topics " + topics, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            if (producer != null) {
                producer.close();
            }
        }
        server.shutdown();
        server.awaitShutdown();
    }

    private static Properties brokerProperties(int port, int controllerPort, Path logDirectory) {
        Properties properties = new Properties();
        properties.putAll(Map.ofEntries(
                Map.entry("process.roles", "broker,controller"),
                Map.entry("node.id", "1"),
                Map.entry("controller.quorum.voters", "1@localhost:" + controllerPort),
                Map.entry("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort),
                Map.entry("advertised.listeners", "PLAINTEXT://localhost:" + port),
                Map.entry("controller.listener.names", "CONTROLLER"),
                Map.entry("inter.broker.listener.name", "PLAINTEXT"),
                Map.entry("listener.security.protocol.map", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT"),
                Map.entry("log.dirs", logDirectory.toAbsolutePath().toString()),
                Map.entry("num.partitions", "3"),
                Map.entry("offsets.topic.replication.factor", "1"),
                Map.entry("offsets.topic.num.partitions", "10"),
                Map.entry("transaction.state.log.replication.factor", "1"),
                Map.entry("transaction.state.log.min.isr", "1"),
                Map.entry("share.coordinator.state.topic.replication.factor", "1"),
                Map.entry("share.coordinator.state.topic.min.isr", "1"),
                Map.entry("group.initial.rebalance.delay.ms", "0"),
                Map.entry("auto.create.topics.enable", "false")));
        return properties;
    }

    private static void formatIfNew(Properties properties, Path logDirectory) {
        if (Files.exists(logDirectory.resolve("meta.properties"))) {
            return;
        }
        try {
            Files.createDirectories(logDirectory);
            Path config = Files.createTempFile("kafka-server-", ".properties");
            try (Writer writer = Files.newBufferedWriter(config)) {
                properties.store(writer, "Paystream KRaft broker");
            }
            String[] format = {"format", "-t", Uuid.randomUuid().toString(), "-c", config.toString()};
            int exitCode = StorageTool.execute(format, new PrintStream(PrintStream.nullOutputStream()));
            Files.delete(config);
            if (exitCode != 0) {
                throw new IllegalStateException("kafka-storage format failed with exit code " + exitCode);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not format the Kafka log directory " + logDirectory, e);
        }
    }
}
