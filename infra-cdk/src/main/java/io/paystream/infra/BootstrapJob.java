package io.paystream.infra;

import io.paystream.contracts.AuditTopics;
import io.paystream.contracts.PaymentTopics;
import io.paystream.contracts.WalletTopics;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Token;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.ecs.AwsLogDriverProps;
import software.amazon.awscdk.services.ecs.ContainerDefinitionOptions;
import software.amazon.awscdk.services.ecs.ContainerImage;
import software.amazon.awscdk.services.ecs.FargateTaskDefinition;
import software.amazon.awscdk.services.ecs.ICluster;
import software.amazon.awscdk.services.ecs.LogDriver;
import software.amazon.awscdk.services.ecs.Secret;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.amazon.awscdk.triggers.TriggerFunction;
import software.constructs.Construct;

/**
 * Creates what CloudFormation cannot: one database and login role per service on Aurora (a {@code psql} task with
 * the admin secret), and the payment and wallet topics on MSK Serverless (a Kafka CLI task with the IAM client). A
 * trigger runs both tasks during {@code cdk deploy}, waits for them and fails the deployment before any service
 * starts if one fails. Only this job holds the admin secret and the right to create topics.
 */
final class BootstrapJob extends Construct {

    static final String POSTGRES_CLIENT_IMAGE = "public.ecr.aws/docker/library/postgres:17.6-alpine";
    static final int PARTITIONS = 6;

    private final TriggerFunction trigger;

    BootstrapJob(Construct scope, ICluster cluster, Stacks.Foundation foundation) {
        super(scope, "Bootstrap");
        LogGroup logs = LogGroup.Builder.create(this, "Logs")
                .logGroupName("/paystream/bootstrap")
                .retention(RetentionDays.THREE_MONTHS)
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
        FargateTaskDefinition databases = databases(foundation.data(), logs);
        FargateTaskDefinition topics = topics(foundation.messaging(), logs);

        NetworkStack network = foundation.network();
        List<String> subnets = network.vpc()
                .selectSubnets(SubnetSelection.builder()
                        .subnetType(SubnetType.PRIVATE_WITH_EGRESS)
                        .build())
                .getSubnetIds();
        trigger = TriggerFunction.Builder.create(this, "Run")
                .runtime(Runtime.NODEJS_22_X)
                .handler("index.handler")
                .code(Code.fromInline(resource("run-bootstrap-tasks.js")))
                .timeout(Duration.minutes(14))
                .environment(Map.of(
                        "CLUSTER", cluster.getClusterArn(),
                        "TASK_DEFINITIONS",
                                "[\"" + databases.getTaskDefinitionArn() + "\",\"" + topics.getTaskDefinitionArn()
                                        + "\"]",
                        "SUBNETS", String.join(",", subnets),
                        "SECURITY_GROUP", network.bootstrap().getSecurityGroupId()))
                .build();
        for (FargateTaskDefinition task : List.of(databases, topics)) {
            trigger.addToRolePolicy(PolicyStatement.Builder.create()
                    .actions(List.of("ecs:RunTask"))
                    .resources(List.of(task.getTaskDefinitionArn()))
                    .build());
            task.getTaskRole().grantPassRole(trigger.getRole());
            task.obtainExecutionRole().grantPassRole(trigger.getRole());
        }
        trigger.addToRolePolicy(PolicyStatement.Builder.create()
                .actions(List.of("ecs:DescribeTasks"))
                .resources(List.of("*"))
                .conditions(Map.of("ArnEquals", Map.of("ecs:cluster", cluster.getClusterArn())))
                .build());
    }

    /** The services start only after the bootstrap job has succeeded. */
    void runBefore(List<Construct> services) {
        trigger.executeBefore(services.toArray(Construct[]::new));
    }

    private FargateTaskDefinition databases(DataStack data, LogGroup logs) {
        FargateTaskDefinition task = task("Databases", "paystream-bootstrap-databases");
        Map<String, Secret> secrets = new LinkedHashMap<>();
        secrets.put("PGUSER", Secret.fromSecretsManager(data.adminSecret(), "username"));
        secrets.put("PGPASSWORD", Secret.fromSecretsManager(data.adminSecret(), "password"));
        StringBuilder names = new StringBuilder();
        for (PaystreamService service : PaystreamService.values()) {
            service.database().ifPresent(database -> {
                names.append(names.isEmpty() ? "" : " ").append(database);
                secrets.put("PASSWORD_" + database, Secret.fromSecretsManager(data.serviceSecret(service), "password"));
            });
        }
        task.addContainer(
                "psql",
                ContainerDefinitionOptions.builder()
                        .image(ContainerImage.fromRegistry(POSTGRES_CLIENT_IMAGE))
                        .entryPoint(List.of("sh", "-c"))
                        .command(List.of(resource("init-databases.sh")))
                        .environment(Map.of(
                                "PGHOST", data.cluster().getClusterEndpoint().getHostname(),
                                "PGPORT",
                                        Token.asString(data.cluster()
                                                .getClusterEndpoint()
                                                .getPort()),
                                "PGDATABASE", "postgres",
                                "PGSSLMODE", "require",
                                "DATABASES", names.toString()))
                        .secrets(secrets)
                        .logging(logging(logs, "databases"))
                        .build());
        return task;
    }

    private FargateTaskDefinition topics(MessagingStack messaging, LogGroup logs) {
        FargateTaskDefinition task = task("Topics", "paystream-bootstrap-topics");
        task.addContainer(
                "kafka-topics",
                ContainerDefinitionOptions.builder()
                        .image(ContainerImage.fromAsset(imageDirectory("kafka-topics")))
                        .environment(Map.of(
                                "BOOTSTRAP_SERVERS", messaging.kafkaBootstrapServers(),
                                "TOPICS",
                                        String.join(
                                                " ",
                                                Stream.of(PaymentTopics.ALL, WalletTopics.ALL, AuditTopics.ALL)
                                                        .flatMap(List::stream)
                                                        .toList()),
                                "PARTITIONS", Integer.toString(PARTITIONS)))
                        .logging(logging(logs, "topics"))
                        .build());
        KafkaIam kafka = new KafkaIam(messaging.kafkaClusterArn());
        task.addToTaskRolePolicy(kafka.connect(false));
        task.addToTaskRolePolicy(kafka.createTopics());
        return task;
    }

    private FargateTaskDefinition task(String id, String family) {
        return FargateTaskDefinition.Builder.create(this, id)
                .family(family)
                .cpu(512)
                .memoryLimitMiB(1024)
                .build();
    }

    private static LogDriver logging(LogGroup logs, String prefix) {
        return LogDriver.awsLogs(
                AwsLogDriverProps.builder().logGroup(logs).streamPrefix(prefix).build());
    }

    /** {@code infra-cdk/docker/<name>}, whether the app runs from the module or from the repository root. */
    static String imageDirectory(String name) {
        for (Path candidate : List.of(Path.of("docker", name), Path.of("infra-cdk", "docker", name))) {
            if (Files.isDirectory(candidate)) {
                return candidate.toAbsolutePath().toString();
            }
        }
        throw new IllegalStateException("docker/" + name + " not found: run the CDK app from infra-cdk/");
    }

    static String resource(String name) {
        try (InputStream in = BootstrapJob.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
