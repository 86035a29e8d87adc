package io.paystream.infra;

import io.paystream.contracts.AuditTopics;
import io.paystream.contracts.PaymentTopics;
import io.paystream.contracts.WalletTopics;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import software.amazon.awscdk.Aws;
import software.amazon.awscdk.Fn;
import software.amazon.awscdk.services.iam.PolicyStatement;

/**
 * MSK IAM access control, one statement per resource kind: the cluster, the payment and wallet topics, and a service's
 * own consumer groups. Topic and group ARNs carry the cluster's name and UUID, taken from the cluster ARN
 * ({@code arn:aws:kafka:region:account:cluster/<name>/<uuid>}).
 */
final class KafkaIam {

    private final String clusterArn;
    private final String clusterUuid;

    KafkaIam(String clusterArn) {
        this.clusterArn = clusterArn;
        this.clusterUuid = Fn.select(2, Fn.split("/", clusterArn));
    }

    /** Connect (and, for an idempotent producer, write idempotently). */
    PolicyStatement connect(boolean idempotentProducer) {
        List<String> actions = new ArrayList<>(List.of("kafka-cluster:Connect", "kafka-cluster:DescribeCluster"));
        if (idempotentProducer) {
            actions.add("kafka-cluster:WriteDataIdempotently");
        }
        return statement(actions, List.of(clusterArn));
    }

    PolicyStatement writeTopics() {
        return statement(List.of("kafka-cluster:DescribeTopic", "kafka-cluster:WriteData"), topicArns());
    }

    PolicyStatement readTopics() {
        return statement(List.of("kafka-cluster:DescribeTopic", "kafka-cluster:ReadData"), topicArns());
    }

    PolicyStatement createTopics() {
        return statement(List.of("kafka-cluster:DescribeTopic", "kafka-cluster:CreateTopic"), topicArns());
    }

    /** The group named after the service, and any group it derives from that name. */
    PolicyStatement ownGroups(String groupId) {
        return statement(
                List.of("kafka-cluster:DescribeGroup", "kafka-cluster:AlterGroup"),
                List.of(resourceArn("group", groupId), resourceArn("group", groupId + "-*")));
    }

    private List<String> topicArns() {
        return Stream.of(PaymentTopics.ALL, WalletTopics.ALL, AuditTopics.ALL)
                .flatMap(List::stream)
                .map(topic -> resourceArn("topic", topic))
                .toList();
    }

    private String resourceArn(String kind, String name) {
        return Fn.join(
                "",
                List.of(
                        "arn:",
                        Aws.PARTITION,
                        ":kafka:",
                        Aws.REGION,
                        ":",
                        Aws.ACCOUNT_ID,
                        ":" + kind + "/" + MessagingStack.KAFKA_CLUSTER_NAME + "/",
                        clusterUuid,
                        "/" + name));
    }

    private static PolicyStatement statement(List<String> actions, List<String> resources) {
        return PolicyStatement.Builder.create()
                .actions(actions)
                .resources(resources)
                .build();
    }
}
