import java.sql.DriverManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;

/**
 * Quick throughput probe of the payment platform service against the running local stack: queues N approvals
 * on SQS, then waits until every one is recorded, and prints jobs per second end to end (SQS → Braintree
 * simulator → PostgreSQL → outbox → Kafka). Run: see payment-platform-service/README.md.
 */
public class JobThroughput {

    public static void main(String[] args) throws Exception {
        int jobs = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        String run = "bench" + UUID.randomUUID().toString().substring(0, 8);
        try (SqsClient sqs = SqsClient.builder()
                        .endpointOverride(java.net.URI.create("http://localhost:9324"))
                        .region(Region.EU_WEST_1)
                        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("x", "x")))
                        .httpClient(UrlConnectionHttpClient.create())
                        .build();
                var db = DriverManager.getConnection("jdbc:postgresql://localhost:15432/platform", "postgres", "")) {
            String queue = sqs.getQueueUrl(r -> r.queueName("payment-requests-queue")).queueUrl();
            long start = System.nanoTime();
            for (int sent = 0; sent < jobs; sent += 10) {
                List<SendMessageBatchRequestEntry> batch = new ArrayList<>();
                for (int i = sent; i < Math.min(sent + 10, jobs); i++) {
                    batch.add(SendMessageBatchRequestEntry.builder().id("m" + i).messageBody(job(run, i)).build());
                }
                sqs.sendMessageBatch(r -> r.queueUrl(queue).entries(batch));
            }
            double queued = (System.nanoTime() - start) / 1e9;
            var count = db.prepareStatement(
                    "SELECT count(*) FROM execution WHERE payment_id LIKE ? AND status = 'SUCCEEDED'");
            count.setString(1, "pay_" + run + "%");
            var outbox = db.prepareStatement("SELECT count(*) FROM outbox");
            int done = 0;
            while (done < jobs) {
                var rs = count.executeQuery();
                rs.next();
                done = rs.getInt(1);
                if (System.nanoTime() - start > 600e9) {
                    throw new IllegalStateException("only " + done + " of " + jobs + " done after 10 minutes");
                }
                LockSupport.parkNanos(100_000_000); // a probe polling its database, not a test
            }
            for (var rs = outbox.executeQuery(); rs.next() && rs.getInt(1) > 0; rs = outbox.executeQuery()) {
                LockSupport.parkNanos(10_000_000);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("%d approvals queued in %.1f s, executed and published in %.1f s: %.0f jobs/s%n",
                    jobs, queued, seconds, jobs / seconds);
        }
    }

    private static String job(String run, int i) {
        return """
                {"operationId":"op_%1$s_%2$d","operation":"APPROVE","paymentId":"pay_%1$s_%2$d",\
                "orderId":"ord_%1$s_%2$d","customerId":"bench","sequence":1,"amount":%3$d,"currency":"USD",\
                "paymentMethod":null,"paymentMethodNonce":"fake-valid-nonce","gatewayTransactionId":null,\
                "requestedAt":"%4$s"}""".formatted(run, i, 1000 + i % 900, Instant.now());
    }
}
