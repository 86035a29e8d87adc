package io.paystream.infra;

import static org.assertj.core.api.Assertions.assertThat;

import io.paystream.contracts.PaymentQueues;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Capture;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class MessagingStackTests {

    static Template template;

    @BeforeAll
    static void synthesize() {
        template = SynthesizedApp.template(stacks -> stacks.foundation().messaging());
    }

    @Test
    void jobQueueRedrivesToItsDeadLetterQueueAfterTenReceives() {
        Capture dlq = new Capture();
        template.hasResourceProperties(
                "AWS::SQS::Queue",
                Map.of(
                        "QueueName",
                        PaymentQueues.PAYMENT_REQUESTS,
                        "RedrivePolicy",
                        Map.of("maxReceiveCount", 10, "deadLetterTargetArn", dlq)));

        assertThat(dlq.asObject()).containsKey("Fn::GetAtt");
        String dlqId = (String) ((List<?>) dlq.asObject().get("Fn::GetAtt")).getFirst();
        assertThat(TemplateQueries.properties(template, "AWS::SQS::Queue").get(dlqId))
                .containsEntry("QueueName", PaymentQueues.PAYMENT_REQUESTS_DLQ)
                .containsEntry("MessageRetentionPeriod", 1_209_600);
    }

    @Test
    void queuesAreEncryptedAtRestAndRefusePlainHttp() {
        template.allResourcesProperties("AWS::SQS::Queue", Map.of("SqsManagedSseEnabled", true));
        template.resourcePropertiesCountIs(
                "AWS::SQS::QueuePolicy",
                Map.of(
                        "PolicyDocument",
                        Map.of(
                                "Statement",
                                List.of(Match.objectLike(Map.of(
                                        "Effect",
                                        "Deny",
                                        "Condition",
                                        Map.of("Bool", Map.of("aws:SecureTransport", "false"))))))),
                2);
    }

    @Test
    void visibilityTimeoutCoversThePlatformServicesLease() {
        template.hasResourceProperties(
                "AWS::SQS::Queue", Map.of("QueueName", PaymentQueues.PAYMENT_REQUESTS, "VisibilityTimeout", 30));
    }

    @Test
    void kafkaIsServerlessMskWithIamAuthenticationInPrivateSubnets() {
        template.resourceCountIs("AWS::MSK::ServerlessCluster", 1);
        template.hasResourceProperties(
                "AWS::MSK::ServerlessCluster",
                Map.of(
                        "ClientAuthentication",
                        Map.of("Sasl", Map.of("Iam", Map.of("Enabled", true))),
                        "VpcConfigs",
                        List.of(Map.of(
                                "SubnetIds", Match.arrayWith(List.of(importOf("appSubnet1"))),
                                "SecurityGroups", Match.anyValue()))));
    }

    @Test
    void bootstrapBrokersAreReadFromTheKafkaApi() {
        template.hasResourceProperties(
                "Custom::AWS",
                Map.of(
                        "Create",
                        Map.of(
                                "Fn::Join",
                                Match.arrayWith(List.of(Match.arrayWith(List.of(Match.stringLikeRegexp(
                                        ".*\"action\":\"getBootstrapBrokers\",\"service\":\"Kafka\","
                                                + "\"outputPaths\":\\[\"BootstrapBrokerStringSaslIam\"\\].*"))))))));
    }

    /** An {@code Fn::ImportValue} whose export name mentions {@code fragment}. */
    static Object importOf(String fragment) {
        return Map.of("Fn::ImportValue", Match.stringLikeRegexp(".*" + fragment + ".*"));
    }
}
