package io.paystream.localstack.operator;

import io.paystream.contracts.PaymentQueues;
import io.paystream.localstack.StackPorts;
import io.paystream.testsupport.SqsServer;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./paystream dlq [redrive]}: the jobs in {@value PaymentQueues#PAYMENT_REQUESTS_DLQ}, each with its
 * operation and how often it was delivered, and their move back to {@value PaymentQueues#PAYMENT_REQUESTS}. Safe to
 * redrive: the platform runs each operationId once. A message that is not a job is listed but never moved back, since
 * it would only fail again. On AWS, SQS's own "Start DLQ redrive" does the move (docs/runbooks.md).
 */
public final class DeadLetters {

    /** How long a message read stays hidden while the listing or the move goes on, so that each is read once. */
    private static final int LISTING_SECONDS = 30;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SqsClient sqs;
    private final String deadLetterQueue;
    private final String jobQueue;

    public DeadLetters(SqsClient sqs) {
        this.sqs = sqs;
        this.deadLetterQueue = sqs.getQueueUrl(request -> request.queueName(PaymentQueues.PAYMENT_REQUESTS_DLQ))
                .queueUrl();
        this.jobQueue = sqs.getQueueUrl(request -> request.queueName(PaymentQueues.PAYMENT_REQUESTS))
                .queueUrl();
    }

    /** One message of the DLQ, read as a job where it is one. */
    public record DeadLetter(String messageId, Instant sentAt, int deliveries, JsonNode job, String body) {

        boolean isJob() {
            return job != null && job.hasNonNull("operationId") && job.hasNonNull("operation");
        }

        String describe() {
            String what = isJob()
                    ? job.path("operation").asString() + " "
                            + job.path("operationId").asString() + " of payment "
                            + job.path("paymentId").asString()
                    : "not a job: " + (body.length() > 80 ? body.substring(0, 80) + "…" : body);
            return "%s  sent %s  delivered %d times  %s".formatted(messageId, sentAt, deliveries, what);
        }
    }

    /** Every message, each read once (hidden while the listing goes on) and left in the queue, visible again. */
    public List<DeadLetter> list() {
        List<DeadLetter> letters = new ArrayList<>();
        List<String> receipts = new ArrayList<>();
        for (List<Message> batch = receive(); !batch.isEmpty(); batch = receive()) {
            batch.forEach(message -> {
                letters.add(read(message));
                receipts.add(message.receiptHandle());
            });
        }
        receipts.forEach(receipt -> sqs.changeMessageVisibility(request ->
                request.queueUrl(deadLetterQueue).receiptHandle(receipt).visibilityTimeout(0)));
        return letters;
    }

    /** Moves every job back to the job queue, each sent there before it is deleted here; returns how many moved. */
    public int redrive() {
        int moved = 0;
        for (List<Message> batch = receive(); !batch.isEmpty(); batch = receive()) {
            for (Message message : batch) {
                if (!read(message).isJob()) {
                    continue;
                }
                sqs.sendMessage(request -> request.queueUrl(jobQueue)
                        .messageBody(message.body())
                        .messageAttributes(message.messageAttributes()));
                sqs.deleteMessage(request -> request.queueUrl(deadLetterQueue).receiptHandle(message.receiptHandle()));
                moved++;
            }
        }
        return moved;
    }

    private List<Message> receive() {
        return sqs.receiveMessage(request -> request.queueUrl(deadLetterQueue)
                        .maxNumberOfMessages(10)
                        .visibilityTimeout(LISTING_SECONDS)
                        .waitTimeSeconds(0)
                        .messageAttributeNames("All")
                        .messageSystemAttributeNames(
                                MessageSystemAttributeName.SENT_TIMESTAMP,
                                MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT))
                .messages();
    }

    private static DeadLetter read(Message message) {
        Map<MessageSystemAttributeName, String> attributes = message.attributes();
        JsonNode job;
        try {
            job = JSON.readTree(message.body());
        } catch (RuntimeException notJson) {
            job = null;
        }
        return new DeadLetter(
                message.messageId(),
                Instant.ofEpochMilli(
                        Long.parseLong(attributes.getOrDefault(MessageSystemAttributeName.SENT_TIMESTAMP, "0"))),
                Integer.parseInt(attributes.getOrDefault(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT, "0")),
                job,
                message.body());
    }

    /** Against the local stack's ElasticMQ: {@code list} (the default) or {@code redrive}. */
    public static void main(String[] args) {
        try (SqsClient sqs = SqsClient.builder()
                .endpointOverride(URI.create("http://localhost:" + StackPorts.SQS))
                .region(Region.of(SqsServer.REGION))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(SqsServer.ACCESS_KEY, SqsServer.SECRET_KEY)))
                .build()) {
            DeadLetters letters = new DeadLetters(sqs);
            if (args.length > 0 && args[0].equals("redrive")) {
                System.out.println("Moved " + letters.redrive() + " job(s) back to " + PaymentQueues.PAYMENT_REQUESTS
                        + "; messages that are not jobs stay in " + PaymentQueues.PAYMENT_REQUESTS_DLQ + ".");
                return;
            }
            List<DeadLetter> all = letters.list();
            System.out.println(
                    all.size() + " message(s) in " + PaymentQueues.PAYMENT_REQUESTS_DLQ + (all.isEmpty() ? "." : ":"));
            all.forEach(letter -> System.out.println("  " + letter.describe()));
            if (all.stream().anyMatch(DeadLetter::isJob)) {
                System.out.println(
                        "Redrive the jobs with ./paystream dlq redrive (each operation runs once however often it is sent).");
            }
        }
    }
}
