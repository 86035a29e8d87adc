package io.paystream.infra;

import io.paystream.contracts.PaymentQueues;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.customresources.AwsCustomResource;
import software.amazon.awscdk.customresources.AwsCustomResourcePolicy;
import software.amazon.awscdk.customresources.AwsSdkCall;
import software.amazon.awscdk.customresources.PhysicalResourceId;
import software.amazon.awscdk.customresources.SdkCallsPolicyOptions;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.msk.CfnServerlessCluster;
import software.amazon.awscdk.services.sqs.DeadLetterQueue;
import software.amazon.awscdk.services.sqs.Queue;
import software.amazon.awscdk.services.sqs.QueueEncryption;
import software.constructs.Construct;

/**
 * The SQS job queue with its dead-letter queue (§6) and an MSK Serverless cluster with IAM authentication for the
 * six payment topics (§8) and the wallet's. MSK Serverless has no CloudFormation resource for topics: the services stack's bootstrap
 * job creates them, named by {@code contracts}.
 */
public final class MessagingStack extends Stack {

    /** Deliveries of a job before SQS moves it to the DLQ; the local stack uses the same number. */
    static final int MAX_RECEIVE_COUNT = 10;

    /** At least the platform service's {@code paystream.platform.visibility-seconds}. */
    static final Duration VISIBILITY_TIMEOUT = Duration.seconds(30);

    static final String KAFKA_CLUSTER_NAME = "paystream";

    private final Queue paymentRequests;
    private final Queue paymentRequestsDlq;
    private final CfnServerlessCluster kafka;
    private final String kafkaBootstrapServers;

    public MessagingStack(Construct scope, String id, StackProps props, NetworkStack network) {
        super(scope, id, props);
        paymentRequestsDlq = Queue.Builder.create(this, "PaymentRequestsDlq")
                .queueName(PaymentQueues.PAYMENT_REQUESTS_DLQ)
                .retentionPeriod(Duration.days(14))
                .encryption(QueueEncryption.SQS_MANAGED)
                .enforceSsl(true)
                .build();
        paymentRequests = Queue.Builder.create(this, "PaymentRequests")
                .queueName(PaymentQueues.PAYMENT_REQUESTS)
                .visibilityTimeout(VISIBILITY_TIMEOUT)
                .receiveMessageWaitTime(Duration.seconds(20))
                .retentionPeriod(Duration.days(4))
                .encryption(QueueEncryption.SQS_MANAGED)
                .enforceSsl(true)
                .deadLetterQueue(DeadLetterQueue.builder()
                        .queue(paymentRequestsDlq)
                        .maxReceiveCount(MAX_RECEIVE_COUNT)
                        .build())
                .build();

        List<String> privateSubnets = network.vpc()
                .selectSubnets(SubnetSelection.builder()
                        .subnetType(SubnetType.PRIVATE_WITH_EGRESS)
                        .build())
                .getSubnetIds();
        // Encrypted at rest and in transit (TLS only) by MSK Serverless itself; clients authenticate with IAM.
        kafka = CfnServerlessCluster.Builder.create(this, "Kafka")
                .clusterName(KAFKA_CLUSTER_NAME)
                .vpcConfigs(List.of(CfnServerlessCluster.VpcConfigProperty.builder()
                        .subnetIds(privateSubnets)
                        .securityGroups(List.of(network.kafka().getSecurityGroupId()))
                        .build()))
                .clientAuthentication(CfnServerlessCluster.ClientAuthenticationProperty.builder()
                        .sasl(CfnServerlessCluster.SaslProperty.builder()
                                .iam(CfnServerlessCluster.IamProperty.builder()
                                        .enabled(true)
                                        .build())
                                .build())
                        .build())
                .build();
        kafkaBootstrapServers = bootstrapServers();
    }

    public Queue paymentRequests() {
        return paymentRequests;
    }

    public Queue paymentRequestsDlq() {
        return paymentRequestsDlq;
    }

    public String kafkaClusterArn() {
        return kafka.getAttrArn();
    }

    /** The SASL/IAM bootstrap string (port 9098); CloudFormation does not return it, the Kafka API does. */
    public String kafkaBootstrapServers() {
        return kafkaBootstrapServers;
    }

    private String bootstrapServers() {
        AwsSdkCall call = AwsSdkCall.builder()
                .service("Kafka")
                .action("getBootstrapBrokers")
                .parameters(Map.of("ClusterArn", kafka.getAttrArn()))
                .physicalResourceId(PhysicalResourceId.of("paystream-kafka-bootstrap"))
                .outputPaths(List.of("BootstrapBrokerStringSaslIam"))
                .build();
        AwsCustomResource brokers = AwsCustomResource.Builder.create(this, "KafkaBootstrapBrokers")
                .onCreate(call)
                .onUpdate(call)
                .policy(AwsCustomResourcePolicy.fromSdkCalls(SdkCallsPolicyOptions.builder()
                        .resources(List.of(kafka.getAttrArn()))
                        .build()))
                .installLatestAwsSdk(false)
                .build();
        return brokers.getResponseField("BootstrapBrokerStringSaslIam");
    }
}
