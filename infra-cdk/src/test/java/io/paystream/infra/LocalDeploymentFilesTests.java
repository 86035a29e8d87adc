package io.paystream.infra;

import static org.assertj.core.api.Assertions.assertThat;

import io.paystream.contracts.PaymentQueues;
import io.paystream.contracts.PaymentTopics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The shell and SQL that docker-compose.localstack.yml runs cannot import {@code contracts}; these checks keep their
 * queue, topic and database names, and the DLQ count, equal to what the Java side and the CDK app use.
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
    }

    @Test
    void postgresInitCreatesOneDatabasePerService() throws IOException {
        String sql = read("deploy/postgres/init/01-databases.sql");

        for (PaystreamService service : PaystreamService.values()) {
            service.database().ifPresent(database -> assertThat(sql).contains("CREATE DATABASE " + database + ";"));
        }
    }

    @Test
    void composeRunsEveryServiceOnItsPortFromTheOneDockerfile() throws IOException {
        String compose = read("docker-compose.localstack.yml");

        for (PaystreamService service : PaystreamService.values()) {
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

    private static String read(String path) throws IOException {
        return Files.readString(ROOT.resolve(path));
    }
}
