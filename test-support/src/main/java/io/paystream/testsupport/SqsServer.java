package io.paystream.testsupport;

import io.paystream.contracts.PaymentQueues;
import java.net.URI;
import java.util.Map;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * An SQS-compatible server (ElasticMQ) in this JVM, spoken to with the AWS SDK, holding {@value
 * PaymentQueues#PAYMENT_REQUESTS} and its dead-letter queue with a redrive policy.
 *
 * <p>Messages live in memory: a restart of the server loses what was queued. The orchestrator's outbox is
 * the durable record of every job.
 */
public final class SqsServer implements AutoCloseable {

    public static final String REGION = "eu-west-1";
    public static final String ACCOUNT_ID = "000000000000";
    public static final String ACCESS_KEY = "paystream";
    public static final String SECRET_KEY = "paystream";

    /** Deliveries of one job before it moves to the DLQ; override with {@code -D} + this name. */
    public static final String MAX_RECEIVE_COUNT_PROPERTY = "paystream.sqs.max-receive-count";

    public static final int DEFAULT_MAX_RECEIVE_COUNT = 10;

    private final SQSRestServer server;
    private final URI endpoint;
    private final SqsClient client;

    private SqsServer(SQSRestServer server, int port) {
        this.server = server;
        this.endpoint = URI.create("http://localhost:" + port);
        this.client = SqsClient.builder()
                .endpointOverride(endpoint)
                .region(Region.of(REGION))
                .credentialsProvider(
                        StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    /** A server on a free port with the payment queues. */
    public static SqsServer startEphemeral() {
        return start(0, Integer.getInteger(MAX_RECEIVE_COUNT_PROPERTY, DEFAULT_MAX_RECEIVE_COUNT));
    }

    /** A server on {@code port} (0 for any) whose payment queue moves a job to the DLQ after that many receives. */
    public static SqsServer start(int port, int maxReceiveCount) {
        SQSRestServer server = SQSRestServerBuilder.withPort(port)
                .withInterface("localhost")
                .withAWSRegion(REGION)
                .withAWSAccountId(ACCOUNT_ID)
                .start();
        int boundPort = server.waitUntilStarted().localAddress().getPort();
        SqsServer sqs = new SqsServer(server, boundPort);
        sqs.createQueueWithDeadLetterQueue(
                PaymentQueues.PAYMENT_REQUESTS, PaymentQueues.PAYMENT_REQUESTS_DLQ, maxReceiveCount);
        return sqs;
    }

    public URI endpoint() {
        return endpoint;
    }

    /** A client for tests to look at and drive the queues with. */
    public SqsClient client() {
        return client;
    }

    public String queueUrl(String queueName) {
        return client.getQueueUrl(request -> request.queueName(queueName)).queueUrl();
    }

    /** Creates (or finds) a standard queue whose messages move to {@code deadLetterQueue} after {@code maxReceiveCount}. */
    public String createQueueWithDeadLetterQueue(String queue, String deadLetterQueue, int maxReceiveCount) {
        String dlqUrl = client.createQueue(request -> request.queueName(deadLetterQueue))
                .queueUrl();
        String dlqArn = client.getQueueAttributes(
                        request -> request.queueUrl(dlqUrl).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes()
                .get(QueueAttributeName.QUEUE_ARN);
        String redrivePolicy =
                "{\"deadLetterTargetArn\":\"" + dlqArn + "\",\"maxReceiveCount\":\"" + maxReceiveCount + "\"}";
        return client.createQueue(request -> request.queueName(queue)
                        .attributes(Map.of(
                                QueueAttributeName.REDRIVE_POLICY,
                                redrivePolicy,
                                QueueAttributeName.VISIBILITY_TIMEOUT,
                                "30")))
                .queueUrl();
    }

    @Override
    public void close() {
        client.close();
        server.stopAndWait();
    }
}
