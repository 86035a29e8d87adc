package io.paystream.infra;

import static org.assertj.core.api.Assertions.assertThat;

import io.paystream.contracts.PaymentTopics;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class ServicesStackTests {

    /** The merchants' key-encryption key and the API-key pepper, as their logical ids show in an import. */
    static final String KEY = "MerchantsCredentialsKey";

    static final String PEPPER = "MerchantsApiKeyPepper";

    static Template template;

    @BeforeAll
    static void synthesize() {
        template = SynthesizedApp.template(Stacks::services);
    }

    @Test
    void sevenFargateServicesInPrivateSubnetsFindEachOtherThroughCloudMap() {
        assertThat(PaystreamService.values()).hasSize(7);
        template.resourcePropertiesCountIs(
                "AWS::ECS::Service",
                Map.of(
                        "LaunchType",
                        "FARGATE",
                        "NetworkConfiguration",
                        Map.of("AwsvpcConfiguration", Match.objectLike(Map.of("AssignPublicIp", "DISABLED")))),
                7);
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
                6);
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
                        "kafka-cluster:WriteDataIdempotently",
                        "kms:Decrypt");
        assertThat(ownActionsOfRole("MerchantServiceTaskRole"))
                .containsExactly("kms:Decrypt", "kms:Encrypt", "kms:GenerateDataKey");
        assertThat(ownActionsOfRole("WebhookServiceTaskRole"))
                .containsExactly(
                        "kafka-cluster:AlterGroup",
                        "kafka-cluster:Connect",
                        "kafka-cluster:DescribeCluster",
                        "kafka-cluster:DescribeGroup",
                        "kafka-cluster:DescribeTopic",
                        "kafka-cluster:ReadData",
                        "kms:Decrypt",
                        "kms:Encrypt",
                        "kms:GenerateDataKey");
        assertThat(ownActionsOfRole("PaymentsBOrchestratorTaskRole"))
                .contains("sqs:SendMessage", "kafka-cluster:ReadData", "kafka-cluster:AlterGroup")
                .doesNotContain("sqs:ReceiveMessage", "sqs:DeleteMessage", "kafka-cluster:WriteData");
        assertThat(ownActionsOfRole("PaymentPlatformServiceTaskRole"))
                .contains("sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:ChangeMessageVisibility")
                .contains("kafka-cluster:WriteData", "kafka-cluster:WriteDataIdempotently", "kms:Decrypt")
                .doesNotContain(
                        "sqs:SendMessage", "kafka-cluster:ReadData", "kafka-cluster:CreateTopic", "kms:Encrypt");
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

    @Test
    void onlyTheMerchantAndWebhookServicesSealWithTheKeyEncryptionKeyAndOnlyPlatformAndWalletMayOpen() {
        for (PaystreamService service : PaystreamService.values()) {
            TreeSet<String> onKey = TemplateQueries.actionsOfRoleOn(template, service.constructId() + "TaskRole", KEY);
            switch (service) {
                case MERCHANTS, WEBHOOKS ->
                    assertThat(onKey).containsExactly("kms:Decrypt", "kms:Encrypt", "kms:GenerateDataKey");
                case PLATFORM, WALLET -> assertThat(onKey).containsExactly("kms:Decrypt");
                default -> assertThat(onKey).as(service.serviceName()).isEmpty();
            }
        }
        // Execution roles, the bootstrap job, the sidecars: no other policy names the key or grants any KMS action.
        for (Map<String, Object> policy :
                TemplateQueries.properties(template, "AWS::IAM::Policy").values()) {
            boolean holdsTheKey = String.valueOf(policy.get("Roles"))
                    .matches(".*(MerchantService|WebhookService|PaymentPlatformService|WalletService)TaskRole.*");
            for (Map<String, Object> statement : TemplateQueries.statements(policy)) {
                if (!holdsTheKey) {
                    assertThat(String.valueOf(statement.get("Resource"))).doesNotContain(KEY);
                    assertThat(TemplateQueries.strings(statement.get("Action")))
                            .noneMatch(action -> action.startsWith("kms:"));
                }
            }
        }
    }

    @Test
    void theServicesThatHoldTheKeyEncryptionKeyAreToldToUseItFromKms() {
        for (PaystreamService service : PaystreamService.values()) {
            Map<String, Object> environment = environmentOf(service);
            if (EnumSet.of(
                            PaystreamService.MERCHANTS,
                            PaystreamService.WEBHOOKS,
                            PaystreamService.PLATFORM,
                            PaystreamService.WALLET)
                    .contains(service)) {
                assertThat(environment).containsEntry("PAYSTREAM_KEK_PROVIDER", "kms");
                assertThat(String.valueOf(environment.get("PAYSTREAM_KEK_KMS_KEY_ID")))
                        .contains("Fn::ImportValue")
                        .contains(KEY)
                        .contains("Arn");
            } else {
                assertThat(environment).doesNotContainKeys("PAYSTREAM_KEK_PROVIDER", "PAYSTREAM_KEK_KMS_KEY_ID");
            }
        }
    }

    @Test
    void theApiKeyPepperReachesOnlyTheMerchantServiceAndTheFacade() {
        Set<String> holders = new TreeSet<>();
        for (Map<String, Object> task :
                TemplateQueries.properties(template, "AWS::ECS::TaskDefinition").values()) {
            for (Object definition : TemplateQueries.list(task.get("ContainerDefinitions"))) {
                Map<String, Object> container = TemplateQueries.map(definition);
                if (String.valueOf(container.get("Secrets")).contains(PEPPER)) {
                    holders.add((String) container.get("Name"));
                }
            }
        }
        assertThat(holders).containsExactly("merchant-service", "payments-a-facade");
        for (PaystreamService service : List.of(PaystreamService.MERCHANTS, PaystreamService.FACADE)) {
            Map<String, Object> container = TemplateQueries.container(template, service.serviceName());
            assertThat(String.valueOf(
                            TemplateQueries.variables(container, "Secrets").get("PAYSTREAM_API_KEY_PEPPER")))
                    .contains(PEPPER);
            assertThat(environmentOf(service)).containsEntry("PAYSTREAM_API_KEY_ENVIRONMENT", "live");
        }
        assertThat(environmentOf(PaystreamService.FACADE)).containsEntry("PAYSTREAM_API_KEYS_ENABLED", "true");
        // ECS reads the secret with the task's execution role: only these two may.
        for (PaystreamService service : PaystreamService.values()) {
            TreeSet<String> onPepper =
                    TemplateQueries.actionsOfRoleOn(template, service.constructId() + "TaskExecutionRole", PEPPER);
            if (service == PaystreamService.MERCHANTS || service == PaystreamService.FACADE) {
                assertThat(onPepper).as(service.serviceName()).contains("secretsmanager:GetSecretValue");
            } else {
                assertThat(onPepper).as(service.serviceName()).isEmpty();
            }
        }
    }

    @Test
    void merchantServiceRunsOnPort8085WithItsOwnDatabaseCreatedByTheBootstrapJob() {
        Map<String, Object> environment = environmentOf(PaystreamService.MERCHANTS);
        assertThat(environment).containsEntry("SERVER_PORT", "8085");
        assertThat(String.valueOf(environment.get("SPRING_DATASOURCE_URL"))).contains("/merchants?sslmode=require");
        assertThat(String.valueOf(
                        TemplateQueries.variables(TemplateQueries.container(template, "merchant-service"), "Secrets")
                                .get("SPRING_DATASOURCE_USERNAME")))
                .contains("MerchantServiceDatabaseSecret");
        Map<String, Object> psql = TemplateQueries.container(template, "psql");
        assertThat((String) TemplateQueries.variables(psql, "Environment").get("DATABASES"))
                .isEqualTo("orchestrator wallet platform orders merchants webhooks");
        assertThat(TemplateQueries.variables(psql, "Secrets")).containsKey("PASSWORD_merchants");
    }

    @Test
    void facadePlatformAndWalletReachTheMerchantServiceWithTheirOwnClientCredentials() {
        Map<PaystreamService, String> scopes = Map.of(
                PaystreamService.FACADE, "paystream-api/merchants:api-keys paystream-api/api-keys:act",
                PaystreamService.PLATFORM, "paystream-api/merchants:credentials",
                PaystreamService.WALLET, "paystream-api/merchants:credentials");
        scopes.forEach((service, scope) -> {
            assertThat(environmentOf(service))
                    .containsEntry("PAYSTREAM_MERCHANTS_BASE_URL", "http://merchant-service.paystream.internal:8085")
                    .containsEntry("PAYSTREAM_MERCHANTS_SCOPE", scope)
                    .containsKey("PAYSTREAM_MERCHANTS_TOKEN_ENDPOINT");
            assertThat(String.valueOf(TemplateQueries.variables(
                                    TemplateQueries.container(template, service.serviceName()), "Secrets")
                            .get("PAYSTREAM_MERCHANTS_CLIENT_SECRET")))
                    .contains(service.constructId() + "ClientCredentials");
        });
        assertThat(environmentOf(PaystreamService.ORCHESTRATOR))
                .containsEntry("PAYSTREAM_WALLET_SCOPE", "paystream-api/wallet:internal")
                .doesNotContainKey("PAYSTREAM_MERCHANTS_BASE_URL");
        assertThat(environmentOf(PaystreamService.ORDERS)).doesNotContainKey("PAYSTREAM_MERCHANTS_BASE_URL");
        assertThat(environmentOf(PaystreamService.WEBHOOKS)).doesNotContainKey("PAYSTREAM_MERCHANTS_BASE_URL");
    }

    @Test
    void webhookServiceRunsOnPort8087WithItsOwnDatabaseCreatedByTheBootstrapJob() {
        Map<String, Object> environment = environmentOf(PaystreamService.WEBHOOKS);
        assertThat(environment).containsEntry("SERVER_PORT", "8087");
        assertThat(String.valueOf(environment.get("SPRING_DATASOURCE_URL"))).contains("/webhooks?sslmode=require");
        Map<String, Object> container = TemplateQueries.container(template, "webhook-service");
        assertThat(String.valueOf(
                        TemplateQueries.variables(container, "Secrets").get("SPRING_DATASOURCE_USERNAME")))
                .contains("WebhookServiceDatabaseSecret");
        assertThat(TemplateQueries.variables(container, "Secrets"))
                .containsOnlyKeys("SPRING_DATASOURCE_USERNAME", "SPRING_DATASOURCE_PASSWORD");
        Map<String, Object> psql = TemplateQueries.container(template, "psql");
        assertThat(TemplateQueries.variables(psql, "Secrets")).containsKey("PASSWORD_webhooks");
        assertThat(String.valueOf(environment.get("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI")))
                .contains("ProviderURL");
    }

    @Test
    void webhookServiceReadsThePaymentTopicsInItsOwnGroupOverIam() {
        assertThat(environmentOf(PaystreamService.WEBHOOKS))
                .containsEntry("SPRING_KAFKA_CONSUMER_GROUP_ID", "webhook-service")
                .containsEntry("SPRING_KAFKA_SECURITY_PROTOCOL", "SASL_SSL")
                .containsEntry("SPRING_KAFKA_PROPERTIES_SASL_MECHANISM", "AWS_MSK_IAM")
                .containsKey("SPRING_KAFKA_BOOTSTRAP_SERVERS");
        assertThat(TemplateQueries.actionsOfRoleOn(template, "WebhookServiceTaskRole", "/webhook-service"))
                .containsExactly("kafka-cluster:AlterGroup", "kafka-cluster:DescribeGroup");
        for (String topic : PaymentTopics.ALL) {
            assertThat(TemplateQueries.actionsOfRoleOn(template, "WebhookServiceTaskRole", "/" + topic))
                    .as(topic)
                    .containsExactly("kafka-cluster:DescribeTopic", "kafka-cluster:ReadData");
        }
    }

    @Test
    void webhookServiceIsToldToRefusePlainHttpAndPrivateAddresses() {
        assertThat(environmentOf(PaystreamService.WEBHOOKS))
                .containsEntry("PAYSTREAM_WEBHOOKS_ALLOW_HTTP", "false")
                .containsEntry("PAYSTREAM_WEBHOOKS_ALLOW_PRIVATE_ADDRESSES", "false");
        for (PaystreamService service : PaystreamService.values()) {
            if (service != PaystreamService.WEBHOOKS) {
                assertThat(environmentOf(service))
                        .doesNotContainKeys(
                                "PAYSTREAM_WEBHOOKS_ALLOW_HTTP", "PAYSTREAM_WEBHOOKS_ALLOW_PRIVATE_ADDRESSES");
            }
        }
    }

    @Test
    void theFacadeReachesTheWebhookServiceThroughCloudMapNotTheLoadBalancer() {
        assertThat(environmentOf(PaystreamService.FACADE))
                .containsEntry("PAYSTREAM_FACADE_DOWNSTREAM_WEBHOOKS", "http://webhook-service.paystream.internal:8087")
                .containsEntry("PAYSTREAM_FACADE_DOWNSTREAM_ORDERS", "http://order-service.paystream.internal:8084");
        // The listener's default action is the facade's; the webhook service's group is behind one rule only.
        assertThat(TemplateQueries.properties(template, "AWS::ElasticLoadBalancingV2::Listener")
                        .values())
                .singleElement()
                .satisfies(listener -> assertThat(String.valueOf(listener.get("DefaultActions")))
                        .contains("Facade")
                        .doesNotContain("Webhooks"));
        assertThat(TemplateQueries.properties(template, "AWS::ElasticLoadBalancingV2::ListenerRule")
                        .values())
                .filteredOn(rule -> String.valueOf(rule.get("Actions")).contains("Webhooks"))
                .singleElement()
                .satisfies(rule -> assertThat(String.valueOf(rule.get("Conditions")))
                        .contains(ServicesStack.OPERATOR_WEBHOOKS_PATHS));
    }

    @Test
    void theLoadBalancerSendsTheWebhookServicesOperatorCallsToItBeforeTheRestOfTheOperatorApi() {
        assertThat(ServicesStack.WEBHOOKS_PRIORITY).isLessThan(ServicesStack.OPERATOR_API_PRIORITY);
        template.hasResourceProperties(
                "AWS::ElasticLoadBalancingV2::ListenerRule",
                Map.of(
                        "Priority",
                        ServicesStack.WEBHOOKS_PRIORITY,
                        "Conditions",
                        List.of(Map.of(
                                "Field",
                                "path-pattern",
                                "PathPatternConfig",
                                Map.of("Values", List.of("/v1/admin/webhooks/*")))),
                        "Actions",
                        List.of(Match.objectLike(Map.of(
                                "Type",
                                "forward",
                                "TargetGroupArn",
                                Map.of("Ref", Match.stringLikeRegexp(".*Webhooks.*")))))));
        Map<String, Map<String, Object>> groups =
                TemplateQueries.properties(template, "AWS::ElasticLoadBalancingV2::TargetGroup");
        assertThat(groups.entrySet())
                .filteredOn(
                        group -> Integer.valueOf(8087).equals(group.getValue().get("Port")))
                .singleElement()
                .satisfies(group -> {
                    assertThat(group.getKey()).contains("Webhooks");
                    assertThat(group.getValue())
                            .containsEntry("Protocol", "HTTP")
                            .containsEntry("TargetType", "ip")
                            .containsEntry("HealthCheckPath", "/actuator/health/readiness")
                            .containsEntry("HealthCheckIntervalSeconds", 15)
                            .containsEntry("HealthyThresholdCount", 2);
                });
        // Its tasks register in that group: the service names it, on the container's port.
        template.hasResourceProperties(
                "AWS::ECS::Service",
                Map.of(
                        "ServiceName",
                        "webhook-service",
                        "LoadBalancers",
                        List.of(Match.objectLike(Map.of(
                                "ContainerName",
                                "webhook-service",
                                "ContainerPort",
                                8087,
                                "TargetGroupArn",
                                Map.of("Ref", Match.stringLikeRegexp(".*Webhooks.*")))))));
    }

    @Test
    void theWebhookServicesReWrapMatchesItsRuleAndNotTheAuditChecks() {
        String rewrap = "/v1/admin/webhooks/key-encryption-keys/rewrap";
        assertThat(rewrap)
                .matches(albPattern(ServicesStack.OPERATOR_WEBHOOKS_PATHS))
                .matches(albPattern(ServicesStack.OPERATOR_API_PATHS))
                .doesNotMatch(albPattern(ServicesStack.OPERATOR_AUDIT_PATHS));
        assertThat("/v1/admin/key-encryption-keys/rewrap")
                .doesNotMatch(albPattern(ServicesStack.OPERATOR_WEBHOOKS_PATHS));
        assertThat("/v1/admin/merchants/mer_1/audit/verify")
                .doesNotMatch(albPattern(ServicesStack.OPERATOR_WEBHOOKS_PATHS));
    }

    /** A load balancer's path pattern as a regular expression: {@code *} is any characters, slashes too. */
    private static String albPattern(String pattern) {
        return java.util.Arrays.stream(pattern.split("\\*", -1))
                .map(java.util.regex.Pattern::quote)
                .collect(java.util.stream.Collectors.joining(".*"));
    }

    @Test
    void everyTargetGroupChecksReadinessAlike() {
        assertThat(TemplateQueries.properties(template, "AWS::ElasticLoadBalancingV2::TargetGroup")
                        .values())
                .extracting(group -> group.get("Port"))
                .containsExactlyInAnyOrder(8080, 8081, 8087, 8085);
        template.allResourcesProperties(
                "AWS::ElasticLoadBalancingV2::TargetGroup",
                Map.of(
                        "HealthCheckPath",
                        "/actuator/health/readiness",
                        "HealthCheckIntervalSeconds",
                        15,
                        "HealthyThresholdCount",
                        2,
                        "TargetType",
                        "ip"));
    }

    @Test
    void theLoadBalancerSendsTheOperatorApiToTheMerchantService() {
        template.hasResourceProperties(
                "AWS::ElasticLoadBalancingV2::ListenerRule",
                Map.of(
                        "Priority",
                        ServicesStack.OPERATOR_API_PRIORITY,
                        "Conditions",
                        List.of(Map.of(
                                "Field",
                                "path-pattern",
                                "PathPatternConfig",
                                Map.of("Values", List.of("/v1/admin/*")))),
                        "Actions",
                        List.of(Match.objectLike(Map.of(
                                "Type",
                                "forward",
                                "TargetGroupArn",
                                Map.of("Ref", Match.stringLikeRegexp(".*Merchants.*")))))));
        template.hasResourceProperties(
                "AWS::ElasticLoadBalancingV2::TargetGroup",
                Map.of("Port", 8085, "HealthCheckPath", "/actuator/health/readiness", "TargetType", "ip"));
    }

    @Test
    void theLoadBalancerSendsTheOperatorsAuditChecksToTheOrchestratorBeforeTheRestOfTheOperatorApi() {
        template.hasResourceProperties(
                "AWS::ElasticLoadBalancingV2::ListenerRule",
                Map.of(
                        "Priority",
                        ServicesStack.AUDIT_PRIORITY,
                        "Conditions",
                        List.of(Map.of(
                                "Field",
                                "path-pattern",
                                "PathPatternConfig",
                                Map.of("Values", List.of("/v1/admin/merchants/*/audit/*")))),
                        "Actions",
                        List.of(Match.objectLike(Map.of(
                                "Type",
                                "forward",
                                "TargetGroupArn",
                                Map.of("Ref", Match.stringLikeRegexp(".*AuditChecks.*")))))));
        template.hasResourceProperties(
                "AWS::ElasticLoadBalancingV2::TargetGroup", Map.of("Port", 8081, "TargetType", "ip"));
    }

    @Test
    void aNewKeyGenerationKeepsTheRetiringKeyOpenForDecryptOnly() {
        String retiring = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
        App app = App.Builder.create()
                .context(Map.of("merchantKeyGeneration", "2", "retiringMerchantKeyArn", retiring))
                .build();
        Stacks stacks = Stacks.define(app, DeploySettings.from(app.getNode()));

        Template data = Template.fromStack(stacks.foundation().data());
        Template services = Template.fromStack(stacks.services());

        data.resourceCountIs("AWS::KMS::Key", 1);
        assertThat(data.findResources("AWS::KMS::Key").keySet())
                .allMatch(id -> id.startsWith("MerchantsCredentialsKey2"));
        assertThat(TemplateQueries.actionsOfRoleOn(services, "MerchantServiceTaskRole", retiring))
                .containsExactly("kms:Decrypt");
        assertThat(TemplateQueries.actionsOfRoleOn(services, "MerchantServiceTaskRole", "MerchantsCredentialsKey2"))
                .containsExactly("kms:Decrypt", "kms:Encrypt", "kms:GenerateDataKey");
        for (String role :
                List.of("PaymentPlatformServiceTaskRole", "WalletServiceTaskRole", "WebhookServiceTaskRole")) {
            assertThat(TemplateQueries.actionsOfRoleOn(services, role, retiring))
                    .containsExactly("kms:Decrypt");
        }
        assertThat(TemplateQueries.actionsOfRoleOn(services, "WebhookServiceTaskRole", "MerchantsCredentialsKey2"))
                .containsExactly("kms:Decrypt", "kms:Encrypt", "kms:GenerateDataKey");
        assertThat(TemplateQueries.actionsOfRoleOn(services, "PaymentsAFacadeTaskRole", retiring))
                .isEmpty();
    }

    private static Map<String, Object> environmentOf(PaystreamService service) {
        return TemplateQueries.variables(TemplateQueries.container(template, service.serviceName()), "Environment");
    }
}
