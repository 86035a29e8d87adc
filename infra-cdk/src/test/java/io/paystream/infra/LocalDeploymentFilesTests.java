package io.paystream.infra;

import static org.assertj.core.api.Assertions.assertThat;

import io.paystream.contracts.PaymentQueues;
import io.paystream.contracts.PaymentTopics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The shell and SQL that docker-compose.localstack.yml runs cannot import {@code contracts}; these checks keep their
 * queue, topic and database names, and the DLQ count, equal to what the Java side and the CDK app use. A service
 * the CDK app deploys is expected in the local files as soon as they have caught up ({@link #NOT_YET_LOCAL}).
 */
class LocalDeploymentFilesTests {

    static final Path ROOT = Path.of("..");

    /**
     * merchant-service runs in ./paystream's local stack, but docker-compose.localstack.yml and deploy/postgres do not
     * have it yet (they belong to the local-stack work, not this module).
     */
    static final Set<PaystreamService> NOT_YET_LOCAL = EnumSet.of(PaystreamService.MERCHANTS);

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
    void aServiceWaitsForItsLocalFilesOnlyUntilTheyHaveIt() throws IOException {
        String compose = read("docker-compose.localstack.yml");
        String sql = read("deploy/postgres/init/01-databases.sql");

        // Once compose runs it, or PostgreSQL creates its database, the exception is stale: remove it from
        // NOT_YET_LOCAL.
        for (PaystreamService service : NOT_YET_LOCAL) {
            assertThat(compose).doesNotContain("context: ./" + service.serviceName() + "\n");
            service.database().ifPresent(database -> assertThat(sql).doesNotContain("CREATE DATABASE " + database));
        }
    }

    /** Every service but those whose local deployment files have not caught up yet. */
    private static List<PaystreamService> localServices() {
        return Arrays.stream(PaystreamService.values())
                .filter(service -> !NOT_YET_LOCAL.contains(service))
                .toList();
    }

    private static String read(String path) throws IOException {
        return Files.readString(ROOT.resolve(path));
    }
}
