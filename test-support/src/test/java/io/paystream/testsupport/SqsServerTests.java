package io.paystream.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import io.paystream.contracts.PaymentQueues;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

@RealServers(Server.SQS)
class SqsServerTests {

    private SqsClient sqs;
    private String queueUrl;
    private String dlqUrl;

    @BeforeEach
    void emptyQueues(SqsServer server) {
        sqs = server.client();
        queueUrl = server.queueUrl(PaymentQueues.PAYMENT_REQUESTS);
        dlqUrl = server.queueUrl(PaymentQueues.PAYMENT_REQUESTS_DLQ);
        sqs.purgeQueue(request -> request.queueUrl(queueUrl));
        sqs.purgeQueue(request -> request.queueUrl(dlqUrl));
    }

    @Test
    void sentMessageIsReceivedOnceAndGoneAfterDelete() {
        String body = "{\"operationId\":\"op_" + UUID.randomUUID() + "\"}";
        sqs.sendMessage(request -> request.queueUrl(queueUrl).messageBody(body));

        Message received = receiveOne(queueUrl, 30);
        sqs.deleteMessage(request -> request.queueUrl(queueUrl).receiptHandle(received.receiptHandle()));

        assertThat(received.body()).isEqualTo(body);
        assertThat(messageCount(queueUrl, QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
                .isZero();
        assertThat(messageCount(queueUrl, QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE))
                .isZero();
    }

    @Test
    void paymentQueueRedrivesToItsDeadLetterQueue() {
        String policy = sqs.getQueueAttributes(
                        request -> request.queueUrl(queueUrl).attributeNames(QueueAttributeName.REDRIVE_POLICY))
                .attributes()
                .get(QueueAttributeName.REDRIVE_POLICY);

        assertThat(policy)
                .contains(PaymentQueues.PAYMENT_REQUESTS_DLQ)
                .containsPattern("\"maxReceiveCount\":\"?" + SqsServer.DEFAULT_MAX_RECEIVE_COUNT + "\"?[,}]");
    }

    @Test
    void messageNeverDeletedEndsInTheDeadLetterQueueAfterMaxReceives() {
        sqs.sendMessage(request -> request.queueUrl(queueUrl).messageBody("poison"));

        // Each receive without a delete is a failed delivery; visibility 0 hands it out again at once.
        for (int delivery = 1; delivery <= SqsServer.DEFAULT_MAX_RECEIVE_COUNT; delivery++) {
            assertThat(receiveOne(queueUrl, 0).body()).isEqualTo("poison");
        }

        assertThat(receive(queueUrl, 0)).isEmpty();
        assertThat(receiveOne(dlqUrl, 30).body()).isEqualTo("poison");
    }

    private Message receiveOne(String url, int visibilityTimeout) {
        List<Message> messages = receive(url, visibilityTimeout);
        assertThat(messages).hasSize(1);
        return messages.getFirst();
    }

    private List<Message> receive(String url, int visibilityTimeout) {
        return sqs.receiveMessage(request -> request.queueUrl(url)
                        .maxNumberOfMessages(10)
                        .visibilityTimeout(visibilityTimeout)
                        .waitTimeSeconds(1))
                .messages();
    }

    private int messageCount(String url, QueueAttributeName attribute) {
        return Integer.parseInt(
                sqs.getQueueAttributes(request -> request.queueUrl(url).attributeNames(attribute))
                        .attributes()
                        .get(attribute));
    }
}
