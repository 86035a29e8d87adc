package io.paystream.infra;

import static org.assertj.core.api.Assertions.assertThat;

import io.paystream.contracts.AuditTopics;
import io.paystream.contracts.PaymentQueues;
import io.paystream.contracts.PaymentTopics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shell and SQL that docker-compose.localstack.yml runs cannot import {@code contracts}; these checks keep their
 * queue, topic and database names, the DLQ count and the services' wiring equal to what the Java side and the CDK app
 * use: every service the CDK app deploys runs in compose too.
 */
class LocalDeploymentFilesTests {

    static final Path ROOT = Path.of("..");

    @Test
    void localStackInitHookCreatesTheContractQueuesWithTheSameRedriveCount() throws IOException {
        String hook = read("deploy/localstack/init/ready.d/create-queues.sh");

        assertThat(hook)
                .contains("queue=" + PaymentQueues.PAYMENT_REQUESTS)
                .contains("dlq=" + PaymentQueues.PAYMENT_REQUESTS_DLQ)
                .contains("max_receive_count=" + MessagingStack.MAX_RECEIVE_COUNT)
                .contains("\"VisibilityTimeout\": \"" + MessagingStack.VISIBILITY_TIMEOUT.toSeconds() + "\"");
    }

    @Test
    void kafkaInitCreatesEveryPaymentTopic() throws IOException {
        String script = read("deploy/kafka/create-topics.sh");

        assertThat(script).contains(String.join(" ", PaymentTopics.ALL));
        assertThat(script).contains(String.join(" ", AuditTopics.ALL));
    }

    @Test
    void postgresInitCreatesOneDatabasePerService() throws IOException {
        String sql = read("deploy/postgres/init/01-databases.sql");

        for (PaystreamService service : localServices()) {
            service.database().ifPresent(database -> assertThat(sql).contains("CREATE DATABASE " + database + ";"));
        }
    }

    @Test
    void composeRunsEveryServiceOnItsPortFromTheOneDockerfile() throws IOException {
        String compose = read("docker-compose.localstack.yml");

        for (PaystreamService service : localServices()) {
            assertThat(compose)
                    .contains("context: ./" + service.serviceName() + "\n      dockerfile: ../Dockerfile")
                    .contains("args: {SERVICE: " + service.serviceName() + ", PORT: \"" + service.port() + "\"}")
                    .contains("\"" + service.port() + ":" + service.port() + "\"");
            assertThat(ROOT.resolve(service.serviceName()).resolve(".dockerignore"))
                    .isRegularFile();
        }
        assertThat(read("Dockerfile"))
                .contains("COPY target/${SERVICE}-*.jar")
                .contains("SERVER_PORT=${PORT}")
                .contains("/actuator/health/readiness")
                .contains("USER 10001");
        assertThat(compose).contains("./local-stack/src/main/resources/keycloak/paystream-realm.json");
    }

    @Test
    void imagesNeverResendAPost() throws IOException {
        assertThat(read("Dockerfile")).contains("-Dsun.net.http.retryPost=false");
    }

    @Test
    void composeWiresMerchantsAsTheCdkAppDoes() throws IOException {
        String compose = read("docker-compose.localstack.yml");

        for (PaystreamService service : PaystreamService.values()) {
            String block = serviceBlock(compose, service);
            boolean usesTheKeyFile = service.sealsWithTheKeyEncryptionKey() || service.opensMerchantCredentials();
            assertThat(block.contains("kek:/kek"))
                    .as("%s mounts the key-encryption key file", service)
                    .isEqualTo(usesTheKeyFile);
            if (service.opensMerchantCredentials()) {
                assertThat(block).contains("*merchant-credentials").contains("kek:/kek:ro");
            }
            if (service.hashesApiKeys() && service != PaystreamService.MERCHANTS) {
                assertThat(block)
                        .contains("PAYSTREAM_API_KEYS_ENABLED: \"true\"")
                        .contains("PAYSTREAM_MERCHANTS_BASE_URL: http://merchant-service:8085");
            }
        }
        assertThat(compose)
                .contains("PAYSTREAM_MERCHANTS_BASE_URL: http://merchant-service:8085")
                .contains("./deploy/merchants/set-up-merchants.sh:/deploy/set-up-merchants.sh:ro");
        assertThat(read("deploy/merchants/set-up-merchants.sh"))
                .contains("create mer_demo")
                .contains("create mer_acme")
                .contains("Idempotent-Replayed");
    }

    @Test
    void composeWiresWebhooksAsTheCdkAppDoes() throws IOException {
        String compose = read("docker-compose.localstack.yml");
        PaystreamService webhooks = PaystreamService.WEBHOOKS;
        String block = serviceBlock(compose, webhooks);

        assertThat(block)
                .contains("*issuer", "*kafka", "*database")
                .contains("SPRING_DATASOURCE_URL: jdbc:postgresql://postgres:5432/"
                        + webhooks.database().orElseThrow())
                .contains("PAYSTREAM_KEK_PROVIDER: local")
                .contains("PAYSTREAM_KEK_LOCAL_FILE: /kek/key-encryption-keys.json")
                // It reads the key file merchant-service makes; only merchant-service creates it.
                .contains("kek:/kek:ro")
                .contains("merchant-service: {condition: service_healthy}")
                // The local receivers are containers: http, on private addresses (the CDK app sets both false).
                .contains("PAYSTREAM_WEBHOOKS_ALLOW_HTTP: \"true\"")
                .contains("PAYSTREAM_WEBHOOKS_ALLOW_PRIVATE_ADDRESSES: \"true\"");
        assertThat(serviceBlock(compose, PaystreamService.FACADE))
                .contains("PAYSTREAM_FACADE_DOWNSTREAM_WEBHOOKS: http://" + webhooks.serviceName() + ":"
                        + webhooks.port())
                .contains(webhooks.serviceName() + ": {condition: service_healthy}");
    }

    /** Every service the CDK app deploys. */
    private static List<PaystreamService> localServices() {
        return Arrays.asList(PaystreamService.values());
    }

    /** The lines of {@code service}'s entry in the compose file, up to the next entry at the same indentation. */
    private static String serviceBlock(String compose, PaystreamService service) {
        int start = compose.indexOf("\n  " + service.serviceName() + ":\n");
        assertThat(start).as("compose runs %s", service).isNotNegative();
        int end = compose.indexOf("\n\n", start + 1);
        return compose.substring(start, end < 0 ? compose.length() : end);
    }

    private static String read(String path) throws IOException {
        return Files.readString(ROOT.resolve(path));
    }
}
