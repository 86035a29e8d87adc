package io.paystream.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class ServicesStackTests {

    static Template template;

    @BeforeAll
    static void synthesize() {
        template = SynthesizedApp.template(Stacks::services);
    }

    @Test
    void fiveFargateServicesInPrivateSubnetsFindEachOtherThroughCloudMap() {
        template.resourcePropertiesCountIs(
                "AWS::ECS::Service",
                Map.of(
                        "LaunchType",
                        "FARGATE",
                        "NetworkConfiguration",
                        Map.of("AwsvpcConfiguration", Match.objectLike(Map.of("AssignPublicIp", "DISABLED")))),
                5);
        template.hasResourceProperties(
                "AWS::ServiceDiscovery::PrivateDnsNamespace", Map.of("Name", "paystream.internal"));
        for (PaystreamService service : PaystreamService.values()) {
            template.hasResourceProperties("AWS::ServiceDiscovery::Service", Map.of("Name", service.serviceName()));
            template.hasResourceProperties(
                    "AWS::ECS::TaskDefinition",
                    Map.of(
                            "ContainerDefinitions",
                            Match.arrayWith(List.of(Match.objectLike(Map.of(
                                    "Name", service.serviceName(),
                                    "PortMappings",
                                            List.of(Match.objectLike(Map.of("ContainerPort", service.port())))))))));
        }
    }

    @Test
    void platformServiceScalesOnQueueDepthAndTheOthersOnCpu() {
        template.resourcePropertiesCountIs(
                "AWS::ApplicationAutoScaling::ScalingPolicy",
                Map.of(
                        "PolicyType",
                        "TargetTrackingScaling",
                        "TargetTrackingScalingPolicyConfiguration",
                        Match.objectLike(Map.of(
                                "PredefinedMetricSpecification",
                                Map.of("PredefinedMetricType", "ECSServiceAverageCPUUtilization"),
                                "TargetValue",
                                60))),
                4);
        template.resourcePropertiesCountIs(
                "AWS::ApplicationAutoScaling::ScalingPolicy", Map.of("PolicyType", "StepScaling"), 2);
        template.hasResourceProperties(
                "AWS::CloudWatch::Alarm",
                Map.of(
                        "MetricName", "ApproximateNumberOfMessagesVisible",
                        "Namespace", "AWS/SQS",
                        "ComparisonOperator", "GreaterThanOrEqualToThreshold",
                        "Threshold", 100));
        template.hasResourceProperties(
                "AWS::ApplicationAutoScaling::ScalableTarget",
                Map.of(
                        "MinCapacity",
                        2,
                        "MaxCapacity",
                        10,
                        "ResourceId",
                        Map.of(
                                "Fn::Join",
                                Match.arrayWith(List.of(Match.arrayWith(List.of(Map.of(
                                        "Fn::GetAtt",
                                        List.of(Match.stringLikeRegexp("PaymentPlatformService.*"), "Name")))))))));
    }

    @Test
    void taskRolesGrantOnlyWhatEachServiceTouches() {
        assertThat(ownActionsOfRole("PaymentsAFacadeTaskRole")).isEmpty();
        assertThat(ownActionsOfRole("WalletServiceTaskRole"))
                .containsExactly(
                        "kafka-cluster:Connect",
                        "kafka-cluster:DescribeCluster",
                        "kafka-cluster:DescribeTopic",
                        "kafka-cluster:WriteData",
                        "kafka-cluster:WriteDataIdempotently");
        assertThat(ownActionsOfRole("PaymentsBOrchestratorTaskRole"))
                .contains("sqs:SendMessage", "kafka-cluster:ReadData", "kafka-cluster:AlterGroup")
                .doesNotContain("sqs:ReceiveMessage", "sqs:DeleteMessage", "kafka-cluster:WriteData");
        assertThat(ownActionsOfRole("PaymentPlatformServiceTaskRole"))
                .contains("sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:ChangeMessageVisibility")
                .contains("kafka-cluster:WriteData", "kafka-cluster:WriteDataIdempotently")
                .doesNotContain("sqs:SendMessage", "kafka-cluster:ReadData", "kafka-cluster:CreateTopic");
        assertThat(ownActionsOfRole("OrderServiceTaskRole"))
                .containsExactly(
                        "kafka-cluster:AlterGroup",
                        "kafka-cluster:Connect",
                        "kafka-cluster:DescribeCluster",
                        "kafka-cluster:DescribeGroup",
                        "kafka-cluster:DescribeTopic",
                        "kafka-cluster:ReadData");
    }

    @Test
    void noPolicyGrantsAWildcardActionOrAnUnconditionedWildcardResource() {
        for (Map<String, Object> policy :
                TemplateQueries.properties(template, "AWS::IAM::Policy").values()) {
            for (Map<String, Object> statement : TemplateQueries.statements(policy)) {
                List<String> actions = TemplateQueries.strings(statement.get("Action"));
                assertThat(actions).noneMatch(action -> action.equals("*") || action.endsWith(":*"));
                if ("*".equals(statement.get("Resource"))) {
                    // ECR's token call and X-Ray's calls have no resource; DescribeTasks is pinned to the cluster
                    // by a condition.
                    assertThat(actions.equals(List.of("ecr:GetAuthorizationToken"))
                                    || TraceCollectorSidecar.XRAY_ACTIONS.containsAll(actions)
                                    || statement.containsKey("Condition"))
                            .as("%s on *", actions)
                            .isTrue();
                }
            }
        }
    }

    @Test
    void everyServiceSendsItsTracesOverOtlpToACollectorThatMayWriteOnlyToXRay() {
        for (PaystreamService service : PaystreamService.values()) {
            template.hasResourceProperties(
                    "AWS::ECS::TaskDefinition",
                    Map.of(
                            "ContainerDefinitions",
                            Match.arrayWith(List.of(
                                    Match.objectLike(Map.of(
                                            "Name",
                                            service.serviceName(),
                                            "Environment",
                                            Match.arrayWith(List.of(Map.of(
                                                    "Name", "MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_OTLP_ENDPOINT",
                                                    "Value", "http://localhost:4318/v1/traces"))))),
                                    Match.objectLike(Map.of(
                                            "Name",
                                            "otel-collector",
                                            "Image",
                                            TraceCollectorSidecar.IMAGE,
                                            "Essential",
                                            false))))));
            assertThat(TemplateQueries.actionsOfRole(template, service.constructId() + "TaskRole"))
                    .containsAll(TraceCollectorSidecar.XRAY_ACTIONS);
        }
    }

    /** What a task role may do beyond sending traces, which every one may. */
    private static TreeSet<String> ownActionsOfRole(String rolePrefix) {
        TreeSet<String> actions = TemplateQueries.actionsOfRole(template, rolePrefix);
        TraceCollectorSidecar.XRAY_ACTIONS.forEach(actions::remove);
        return actions;
    }

    @Test
    void braintreeKeysAndPasswordsComeFromSecretsManagerNeverFromTheTemplate() {
        for (Map<String, Object> task :
                TemplateQueries.properties(template, "AWS::ECS::TaskDefinition").values()) {
            for (Object container : (List<?>) task.get("ContainerDefinitions")) {
                List<Object> environment =
                        TemplateQueries.list(TemplateQueries.map(container).get("Environment"));
                assertThat(environment)
                        .map(variable -> (String) TemplateQueries.map(variable).get("Name"))
                        .noneMatch(name -> name.matches(".*(PASSWORD|PRIVATE_KEY|PUBLIC_KEY|CLIENT_SECRET).*"));
            }
        }
        for (String service : List.of("wallet-service", "payment-platform-service")) {
            template.hasResourceProperties(
                    "AWS::ECS::TaskDefinition",
                    Map.of(
                            "ContainerDefinitions",
                            Match.arrayWith(List.of(Match.objectLike(Map.of(
                                    "Name",
                                    service,
                                    "Secrets",
                                    Match.arrayWith(List.of(Map.of(
                                            "Name",
                                            "PAYSTREAM_BRAINTREE_PRIVATE_KEY",
                                            "ValueFrom",
                                            Match.objectLike(Map.of(
                                                    "Fn::Join",
                                                    Match.arrayWith(List.of(Match.arrayWith(List.of(
                                                            ":secret:paystream/braintree:privateKey::")))))))))))))));
        }
    }

    @Test
    void aFailedDeploymentRollsBackAndNoServiceStartsBeforeTheBootstrapJob() {
        template.allResourcesProperties(
                "AWS::ECS::Service",
                Map.of(
                        "DeploymentConfiguration",
                        Match.objectLike(Map.of(
                                "DeploymentCircuitBreaker",
                                Map.of("Enable", true, "Rollback", true),
                                "MinimumHealthyPercent",
                                100))));
        String trigger =
                template.findResources("Custom::Trigger").keySet().iterator().next();
        template.findResources("AWS::ECS::Service")
                .forEach((id, service) -> assertThat(TemplateQueries.strings(service.get("DependsOn")))
                        .as(id)
                        .contains(trigger));
    }

    @Test
    void facadeSitsBehindAnInternalLoadBalancerCheckingReadiness() {
        template.hasResourceProperties("AWS::ElasticLoadBalancingV2::LoadBalancer", Map.of("Scheme", "internal"));
        template.hasResourceProperties(
                "AWS::ElasticLoadBalancingV2::TargetGroup",
                Map.of("Port", 8080, "HealthCheckPath", "/actuator/health/readiness", "TargetType", "ip"));
    }
}
