package io.paystream.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import io.paystream.contracts.PaymentQueues;
import io.paystream.localstack.operator.DeadLetters;
import io.paystream.localstack.operator.DeadLetters.DeadLetter;
import io.paystream.testsupport.SqsServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;

/** {@code ./paystream dlq} on a real ElasticMQ: lists what is there and moves jobs, with their trace, back. */
class DeadLettersTests {

    private static final String JOB = """
            {"operationId":"op_1","operation":"APPROVE","paymentId":"pay_1","amount":100,"currency":"USD"}""";
    private static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    private static SqsServer sqs;

    @BeforeAll
    static void start() {
        sqs = SqsServer.startEphemeral();
    }

    @AfterAll
    static void stop() {
        sqs.close();
    }

    @Test
    void jobsAreListedAndMovedBackAndWhatIsNotAJobStays() {
        String deadLetterQueue = sqs.queueUrl(PaymentQueues.PAYMENT_REQUESTS_DLQ);
        sqs.client()
                .sendMessage(request -> request.queueUrl(deadLetterQueue)
                        .messageBody(JOB)
                        .messageAttributes(Map.of(
                                "traceparent",
                                MessageAttributeValue.builder()
                                        .dataType("String")
                                        .stringValue(TRACEPARENT)
                                        .build())));
        sqs.client().sendMessage(request -> request.queueUrl(deadLetterQueue).messageBody("{not json"));
        DeadLetters letters = new DeadLetters(sqs.client());

        List<DeadLetter> listed = letters.list();

        assertThat(listed).hasSize(2);
        assertThat(listed)
                .filteredOn(letter -> letter.job() != null && letter.job().has("operationId"))
                .singleElement()
                .satisfies(letter ->
                        assertThat(letter.job().path("operationId").asString()).isEqualTo("op_1"));
        assertThat(letters.list()).as("listing leaves every message in place").hasSize(2);

        assertThat(letters.redrive()).isEqualTo(1);

        List<Message> moved = sqs.client()
                .receiveMessage(request -> request.queueUrl(sqs.queueUrl(PaymentQueues.PAYMENT_REQUESTS))
                        .maxNumberOfMessages(10)
                        .messageAttributeNames("All"))
                .messages();
        assertThat(moved).singleElement().satisfies(message -> {
            assertThat(message.body()).isEqualTo(JOB);
            assertThat(message.messageAttributes().get("traceparent").stringValue())
                    .isEqualTo(TRACEPARENT);
        });
    }
}
