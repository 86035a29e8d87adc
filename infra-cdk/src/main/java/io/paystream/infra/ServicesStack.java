package io.paystream.infra;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.applicationautoscaling.AdjustmentType;
import software.amazon.awscdk.services.applicationautoscaling.BasicStepScalingPolicyProps;
import software.amazon.awscdk.services.applicationautoscaling.EnableScalingProps;
import software.amazon.awscdk.services.applicationautoscaling.ScalingInterval;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.ecs.CloudMapNamespaceOptions;
import software.amazon.awscdk.services.ecs.Cluster;
import software.amazon.awscdk.services.ecs.ContainerInsights;
import software.amazon.awscdk.services.ecs.CpuUtilizationScalingProps;
import software.amazon.awscdk.services.ecs.ScalableTaskCount;
import software.amazon.awscdk.services.elasticloadbalancingv2.AddApplicationTargetsProps;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationListener;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationLoadBalancer;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationProtocol;
import software.amazon.awscdk.services.elasticloadbalancingv2.BaseApplicationListenerProps;
import software.amazon.awscdk.services.elasticloadbalancingv2.HealthCheck;
import software.amazon.awscdk.services.elasticloadbalancingv2.ListenerCondition;
import software.amazon.awscdk.services.secretsmanager.ISecret;
import software.amazon.awscdk.services.secretsmanager.Secret;
import software.amazon.awscdk.services.servicediscovery.NamespaceType;
import software.constructs.Construct;

/**
 * The seven services on one Fargate cluster in the private subnets, found by each other through Cloud Map
 * ({@code <service>.paystream.internal}); behind an internal load balancer for the API's VPC link, the facade, and
 * for the operator API ({@value #OPERATOR_API_PATHS}) the merchant service, but the orchestrator for the audit checks
 * ({@value #OPERATOR_AUDIT_PATHS}) and the webhook service for its own ({@value #OPERATOR_WEBHOOKS_PATHS}).
 * The platform service scales on the depth of its queue, the others on CPU. Each task role gets exactly what its
 * service touches ({@link TaskPermissions}). A bootstrap job creates databases, roles and topics before any service
 * starts.
 */
public final class ServicesStack extends Stack {

    static final String NAMESPACE = "paystream.internal";
    /** The load balancer's path pattern for the operator API, which the merchant service answers itself. */
    static final String OPERATOR_API_PATHS = "/v1/admin/*";
    /** The operator API's audit checks (§12), which the orchestrator answers: it keeps the merchants' chains. */
    static final String OPERATOR_AUDIT_PATHS = "/v1/admin/merchants/*/audit/*";
    /**
     * The webhook service's operator calls (the re-wrap of the endpoints' signing secrets after a key-encryption key
     * replacement): the only path of the load balancer to it; the facade reaches it through Cloud Map.
     */
    static final String OPERATOR_WEBHOOKS_PATHS = "/v1/admin/webhooks/*";
    /** The listener rules' priorities: the more specific operator paths before the merchant service's catch-all. */
    static final int AUDIT_PRIORITY = 5;

    static final int WEBHOOKS_PRIORITY = 6;
    static final int OPERATOR_API_PRIORITY = 10;

    private final Map<PaystreamService, ServiceDeployment> deployments = new EnumMap<>(PaystreamService.class);
    private final ApplicationListener facadeListener;

    public ServicesStack(
            Construct scope, String id, StackProps props, DeploySettings settings, Stacks.Foundation foundation) {
        super(scope, id, props);
        NetworkStack network = foundation.network();
        Cluster cluster = Cluster.Builder.create(this, "Cluster")
                .clusterName("paystream")
                .vpc(network.vpc())
                .containerInsightsV2(ContainerInsights.ENABLED)
                .build();
        cluster.addDefaultCloudMapNamespace(CloudMapNamespaceOptions.builder()
                .name(NAMESPACE)
                .type(NamespaceType.DNS_PRIVATE)
                .vpc(network.vpc())
                .build());

        ISecret braintreeKeys = Secret.fromSecretNameV2(this, "BraintreeKeys", settings.braintreeSecretName());
        ServiceEnvironment.Dependencies dependencies = new ServiceEnvironment.Dependencies(
                settings, foundation.data(), foundation.messaging(), foundation.identity(), braintreeKeys, NAMESPACE);
        TaskPermissions permissions =
                new TaskPermissions(foundation.messaging(), foundation.data().merchantSecrets());
        for (PaystreamService spec : PaystreamService.values()) {
            ServiceDeployment deployment = new ServiceDeployment(
                    this,
                    spec,
                    size(spec),
                    cluster,
                    foundation.registry().repository(spec),
                    settings.imageTag(),
                    network.service(spec),
                    new ServiceEnvironment(spec, dependencies));
            permissions.grant(spec, deployment.taskRole());
            new TraceCollectorSidecar(deployment);
            deployments.put(spec, deployment);
        }
        new PrometheusSidecar(deployments.get(PaystreamService.PLATFORM), PaystreamService.PLATFORM);
        scale(foundation.messaging());
        facadeListener = facadeLoadBalancer(network);

        BootstrapJob bootstrap = new BootstrapJob(this, cluster, foundation);
        List<Construct> services = new ArrayList<>();
        deployments.values().forEach(deployment -> services.add(deployment.service()));
        bootstrap.runBefore(services);
    }

    public ServiceDeployment deployment(PaystreamService service) {
        return deployments.get(service);
    }

    public ApplicationListener facadeListener() {
        return facadeListener;
    }

    /** Task size and count: the platform and orchestrator do the heavy lifting; two tasks minimum, in two zones. */
    static ServiceDeployment.Size size(PaystreamService service) {
        return switch (service) {
            case ORCHESTRATOR, PLATFORM -> new ServiceDeployment.Size(1024, 2048, 2, 10);
            case FACADE -> new ServiceDeployment.Size(512, 1024, 2, 10);
            case WALLET, ORDERS -> new ServiceDeployment.Size(512, 1024, 2, 6);
            // Mostly waits on merchants' servers; any task sends any due delivery (leases), whatever its partitions.
            case WEBHOOKS -> new ServiceDeployment.Size(512, 1024, 2, 6);
            // Operators' calls and the others' lookups, each answered from its own cache once warm.
            case MERCHANTS -> new ServiceDeployment.Size(512, 1024, 2, 4);
        };
    }

    private void scale(MessagingStack messaging) {
        for (PaystreamService spec : PaystreamService.values()) {
            ServiceDeployment.Size size = size(spec);
            ScalableTaskCount count = deployments
                    .get(spec)
                    .service()
                    .autoScaleTaskCount(EnableScalingProps.builder()
                            .minCapacity(size.minTasks())
                            .maxCapacity(size.maxTasks())
                            .build());
            if (spec == PaystreamService.PLATFORM) {
                scaleOnQueueDepth(count, messaging);
            } else {
                count.scaleOnCpuUtilization(
                        "Cpu",
                        CpuUtilizationScalingProps.builder()
                                .targetUtilizationPercent(60)
                                .scaleOutCooldown(Duration.seconds(60))
                                .scaleInCooldown(Duration.minutes(5))
                                .build());
            }
        }
    }

    /**
     * Jobs waiting to be taken: add a task at 100, three at 500, five at 2,000; drop one when none wait. Step
     * scaling on the backlog, because CPU says little about a service that mostly waits for Braintree.
     */
    private static void scaleOnQueueDepth(ScalableTaskCount count, MessagingStack messaging) {
        count.scaleOnMetric(
                "QueueDepth",
                BasicStepScalingPolicyProps.builder()
                        .metric(messaging
                                .paymentRequests()
                                .metricApproximateNumberOfMessagesVisible(MetricOptions.builder()
                                        .period(Duration.minutes(1))
                                        .statistic("Maximum")
                                        .build()))
                        .scalingSteps(List.of(
                                ScalingInterval.builder().upper(0).change(-1).build(),
                                ScalingInterval.builder().lower(100).change(1).build(),
                                ScalingInterval.builder().lower(500).change(3).build(),
                                ScalingInterval.builder().lower(2000).change(5).build()))
                        .adjustmentType(AdjustmentType.CHANGE_IN_CAPACITY)
                        .cooldown(Duration.seconds(60))
                        .build());
    }

    private ApplicationListener facadeLoadBalancer(NetworkStack network) {
        ApplicationLoadBalancer loadBalancer = ApplicationLoadBalancer.Builder.create(this, "FacadeLoadBalancer")
                .vpc(network.vpc())
                .internetFacing(false)
                .securityGroup(network.loadBalancer())
                .vpcSubnets(SubnetSelection.builder()
                        .subnetType(SubnetType.PRIVATE_WITH_EGRESS)
                        .build())
                .dropInvalidHeaderFields(true)
                .build();
        // Plain HTTP inside the VPC: TLS ends at API Gateway, and only the VPC link may reach this listener.
        ApplicationListener listener = loadBalancer.addListener(
                "Http",
                BaseApplicationListenerProps.builder()
                        .port(NetworkStack.LOAD_BALANCER_PORT)
                        .protocol(ApplicationProtocol.HTTP)
                        .open(false)
                        .build());
        listener.addTargets(
                "Facade",
                AddApplicationTargetsProps.builder()
                        .port(PaystreamService.FACADE.port())
                        .protocol(ApplicationProtocol.HTTP)
                        .targets(
                                List.of(deployments.get(PaystreamService.FACADE).service()))
                        .healthCheck(readiness())
                        .deregistrationDelay(Duration.seconds(30))
                        .build());
        listener.addTargets(
                "AuditChecks",
                AddApplicationTargetsProps.builder()
                        .priority(AUDIT_PRIORITY)
                        .conditions(List.of(ListenerCondition.pathPatterns(List.of(OPERATOR_AUDIT_PATHS))))
                        .port(PaystreamService.ORCHESTRATOR.port())
                        .protocol(ApplicationProtocol.HTTP)
                        .targets(List.of(
                                deployments.get(PaystreamService.ORCHESTRATOR).service()))
                        .healthCheck(readiness())
                        .deregistrationDelay(Duration.seconds(30))
                        .build());
        listener.addTargets(
                "Webhooks",
                AddApplicationTargetsProps.builder()
                        .priority(WEBHOOKS_PRIORITY)
                        .conditions(List.of(ListenerCondition.pathPatterns(List.of(OPERATOR_WEBHOOKS_PATHS))))
                        .port(PaystreamService.WEBHOOKS.port())
                        .protocol(ApplicationProtocol.HTTP)
                        .targets(List.of(
                                deployments.get(PaystreamService.WEBHOOKS).service()))
                        .healthCheck(readiness())
                        .deregistrationDelay(Duration.seconds(30))
                        .build());
        listener.addTargets(
                "Merchants",
                AddApplicationTargetsProps.builder()
                        .priority(OPERATOR_API_PRIORITY)
                        .conditions(List.of(ListenerCondition.pathPatterns(List.of(OPERATOR_API_PATHS))))
                        .port(PaystreamService.MERCHANTS.port())
                        .protocol(ApplicationProtocol.HTTP)
                        .targets(List.of(
                                deployments.get(PaystreamService.MERCHANTS).service()))
                        .healthCheck(readiness())
                        .deregistrationDelay(Duration.seconds(30))
                        .build());
        return listener;
    }

    private static HealthCheck readiness() {
        return HealthCheck.builder()
                .path("/actuator/health/readiness")
                .interval(Duration.seconds(15))
                .healthyThresholdCount(2)
                .build();
    }
}
