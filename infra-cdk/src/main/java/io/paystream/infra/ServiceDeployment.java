package io.paystream.infra;

import java.util.List;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.ec2.ISecurityGroup;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.ecr.IRepository;
import software.amazon.awscdk.services.ecs.AwsLogDriverProps;
import software.amazon.awscdk.services.ecs.CloudMapOptions;
import software.amazon.awscdk.services.ecs.ContainerDefinition;
import software.amazon.awscdk.services.ecs.ContainerDefinitionOptions;
import software.amazon.awscdk.services.ecs.ContainerImage;
import software.amazon.awscdk.services.ecs.CpuArchitecture;
import software.amazon.awscdk.services.ecs.DeploymentCircuitBreaker;
import software.amazon.awscdk.services.ecs.FargateService;
import software.amazon.awscdk.services.ecs.FargateTaskDefinition;
import software.amazon.awscdk.services.ecs.HealthCheck;
import software.amazon.awscdk.services.ecs.ICluster;
import software.amazon.awscdk.services.ecs.LogDriver;
import software.amazon.awscdk.services.ecs.OperatingSystemFamily;
import software.amazon.awscdk.services.ecs.PortMapping;
import software.amazon.awscdk.services.ecs.RuntimePlatform;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.amazon.awscdk.services.servicediscovery.DnsRecordType;
import software.constructs.Construct;

/**
 * One service on Fargate: its image from ECR at the deployed tag, a task role that starts with no permission at
 * all, its log group, a liveness health check, a Cloud Map name, a rolling deployment that rolls back on its own
 * when new tasks do not become healthy, and room for graceful shutdown.
 */
final class ServiceDeployment extends Construct {

    /** CPU units and memory (MiB) of a task, and how many tasks may run. */
    record Size(int cpu, int memoryMiB, int minTasks, int maxTasks) {}

    private final Role taskRole;
    private final LogGroup logGroup;
    private final FargateTaskDefinition taskDefinition;
    private final ContainerDefinition container;
    private final FargateService service;

    ServiceDeployment(
            Construct scope,
            PaystreamService spec,
            Size size,
            ICluster cluster,
            IRepository repository,
            String imageTag,
            ISecurityGroup securityGroup,
            ServiceEnvironment environment) {
        super(scope, spec.constructId());
        taskRole = Role.Builder.create(this, "TaskRole")
                .assumedBy(new ServicePrincipal("ecs-tasks.amazonaws.com"))
                .description("What " + spec.serviceName() + " itself may call; nothing unless granted")
                .build();
        logGroup = LogGroup.Builder.create(this, "Logs")
                .logGroupName("/paystream/" + spec.serviceName())
                .retention(RetentionDays.ONE_MONTH)
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
        taskDefinition = FargateTaskDefinition.Builder.create(this, "Task")
                .family("paystream-" + spec.serviceName())
                .cpu(size.cpu())
                .memoryLimitMiB(size.memoryMiB())
                .runtimePlatform(RuntimePlatform.builder()
                        .cpuArchitecture(CpuArchitecture.X86_64)
                        .operatingSystemFamily(OperatingSystemFamily.LINUX)
                        .build())
                .taskRole(taskRole)
                .build();
        container = taskDefinition.addContainer(
                "app",
                ContainerDefinitionOptions.builder()
                        .containerName(spec.serviceName())
                        .image(ContainerImage.fromEcrRepository(repository, imageTag))
                        .essential(true)
                        .portMappings(List.of(
                                PortMapping.builder().containerPort(spec.port()).build()))
                        .environment(environment.variables())
                        .secrets(environment.secrets())
                        .logging(LogDriver.awsLogs(AwsLogDriverProps.builder()
                                .logGroup(logGroup)
                                .streamPrefix(spec.serviceName())
                                .build()))
                        .healthCheck(HealthCheck.builder()
                                .command(List.of(
                                        "CMD-SHELL",
                                        "curl -fsS http://localhost:" + spec.port()
                                                + "/actuator/health/liveness || exit 1"))
                                .interval(Duration.seconds(30))
                                .timeout(Duration.seconds(5))
                                .retries(3)
                                .startPeriod(Duration.seconds(120))
                                .build())
                        // Spring's graceful shutdown takes up to 30 s per phase; SIGKILL only after this.
                        .stopTimeout(Duration.seconds(75))
                        .build());
        service = FargateService.Builder.create(this, "Service")
                .serviceName(spec.serviceName())
                .cluster(cluster)
                .taskDefinition(taskDefinition)
                .desiredCount(size.minTasks())
                .minHealthyPercent(100)
                .maxHealthyPercent(200)
                .circuitBreaker(DeploymentCircuitBreaker.builder()
                        .enable(true)
                        .rollback(true)
                        .build())
                .securityGroups(List.of(securityGroup))
                .vpcSubnets(SubnetSelection.builder()
                        .subnetType(SubnetType.PRIVATE_WITH_EGRESS)
                        .build())
                .assignPublicIp(false)
                .cloudMapOptions(CloudMapOptions.builder()
                        .name(spec.serviceName())
                        .dnsRecordType(DnsRecordType.A)
                        .dnsTtl(Duration.seconds(10))
                        .build())
                .enableExecuteCommand(false)
                .build();
    }

    Role taskRole() {
        return taskRole;
    }

    LogGroup logGroup() {
        return logGroup;
    }

    FargateTaskDefinition taskDefinition() {
        return taskDefinition;
    }

    ContainerDefinition container() {
        return container;
    }

    FargateService service() {
        return service;
    }
}
