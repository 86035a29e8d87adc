package io.paystream.testsupport;

import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.localstack.LocalStackContainer;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.MountableFile;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueDoesNotExistException;

/**
 * LocalStack's SQS in a container, with the queues of the init hook {@code docker-compose.localstack.yml} uses: for
 * the tests that check Paystream against LocalStack as well as ElasticMQ. Needs a Docker engine (such tests are
 * skipped without one) and a module that declares {@code testcontainers-localstack}.
 */
public final class LocalStackSqs {

    public static final String REGION = "eu-west-1";
    private static final String IMAGE = "localstack/localstack:4.14.0";
    private static final Path INIT_HOOK = Path.of("..", "deploy", "localstack", "init", "ready.d", "create-queues.sh");

    private LocalStackSqs() {}

    /** The container, for a {@code @Container} field; the init hook creates the queues once it is up. */
    public static LocalStackContainer container() {
        return new LocalStackContainer(DockerImageName.parse(IMAGE))
                .withServices("sqs")
                .withEnv("AWS_DEFAULT_REGION", REGION)
                .withCopyFileToContainer(
                        MountableFile.forHostPath(INIT_HOOK, 0755), "/etc/localstack/init/ready.d/create-queues.sh");
    }

    /** Points the service's Spring Cloud AWS SQS client at the container. */
    public static void register(LocalStackContainer localStack, DynamicPropertyRegistry registry) {
        registry.add(
                "spring.cloud.aws.sqs.endpoint", () -> localStack.getEndpoint().toString());
        registry.add("spring.cloud.aws.region.static", () -> REGION);
        registry.add("spring.cloud.aws.credentials.access-key", localStack::getAccessKey);
        registry.add("spring.cloud.aws.credentials.secret-key", localStack::getSecretKey);
    }

    /** A client of the container's SQS, once the init hook (which runs after LocalStack says ready) made {@code queue}. */
    public static SqsClient clientOnceQueueExists(LocalStackContainer localStack, String queue) {
        SqsClient sqs = SqsClient.builder()
                .endpointOverride(localStack.getEndpoint())
                .region(Region.of(REGION))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(localStack.getAccessKey(), localStack.getSecretKey())))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
        await().atMost(Duration.ofSeconds(60))
                .ignoreException(QueueDoesNotExistException.class)
                .until(() ->
                        sqs.getQueueUrl(request -> request.queueName(queue)).queueUrl() != null);
        return sqs;
    }
}
