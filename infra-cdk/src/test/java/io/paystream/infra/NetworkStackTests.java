package io.paystream.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Template;

class NetworkStackTests {

    static Template template;

    @BeforeAll
    static void synthesize() {
        template = SynthesizedApp.template(stacks -> stacks.foundation().network());
    }

    @Test
    void noSecurityGroupAcceptsTrafficFromAnyAddress() {
        Stream<Object> inline = TemplateQueries.properties(template, "AWS::EC2::SecurityGroup").values().stream()
                .flatMap(group -> ((List<?>) group.getOrDefault("SecurityGroupIngress", List.of())).stream());
        Stream<Object> standalone =
                TemplateQueries.properties(template, "AWS::EC2::SecurityGroupIngress").values().stream()
                        .map(Object.class::cast);

        assertThat(Stream.concat(inline, standalone).toList())
                .isNotEmpty()
                .allSatisfy(rule -> assertThat(TemplateQueries.map(rule))
                        .doesNotContainKeys("CidrIp", "CidrIpv6")
                        .containsKey("SourceSecurityGroupId"));
    }

    @Test
    void databaseAcceptsOnlyServicesWithADatabaseAndTheBootstrapJob() {
        assertThat(sourcesOf("DatabaseSecurityGroup", NetworkStack.POSTGRES_PORT))
                .containsExactlyInAnyOrder(
                        "PaymentsBOrchestratorSecurityGroup",
                        "WalletServiceSecurityGroup",
                        "PaymentPlatformServiceSecurityGroup",
                        "OrderServiceSecurityGroup",
                        "MerchantServiceSecurityGroup",
                        "WebhookServiceSecurityGroup",
                        "BootstrapSecurityGroup");
    }

    @Test
    void merchantServiceIsReachedByTheOperatorApiTheFacadeThePlatformAndTheWalletOnly() {
        assertThat(sourcesOf("MerchantServiceSecurityGroup", 8085))
                .containsExactlyInAnyOrder(
                        "FacadeLoadBalancerSecurityGroup",
                        "PaymentsAFacadeSecurityGroup",
                        "PaymentPlatformServiceSecurityGroup",
                        "WalletServiceSecurityGroup");
    }

    @Test
    void orchestratorIsReachedByTheFacadeAndTheOperatorsAuditChecksOnly() {
        assertThat(sourcesOf("PaymentsBOrchestratorSecurityGroup", 8081))
                .containsExactlyInAnyOrder("FacadeLoadBalancerSecurityGroup", "PaymentsAFacadeSecurityGroup");
    }

    @Test
    void kafkaAcceptsOnlyItsProducersConsumersAndTheBootstrapJob() {
        assertThat(sourcesOf("KafkaSecurityGroup", NetworkStack.KAFKA_IAM_PORT))
                .containsExactlyInAnyOrder(
                        "PaymentsBOrchestratorSecurityGroup",
                        "WalletServiceSecurityGroup",
                        "PaymentPlatformServiceSecurityGroup",
                        "OrderServiceSecurityGroup",
                        "WebhookServiceSecurityGroup",
                        "BootstrapSecurityGroup");
    }

    @Test
    void webhookServiceIsReachedByTheFacadeAndTheOperatorApiThroughTheLoadBalancerOnly() {
        assertThat(sourcesOf("WebhookServiceSecurityGroup", 8087))
                .containsExactlyInAnyOrder("PaymentsAFacadeSecurityGroup", "FacadeLoadBalancerSecurityGroup");
        // On no other port, and by nothing else: no inline rule, no other standalone one.
        assertThat(TemplateQueries.properties(template, "AWS::EC2::SecurityGroupIngress").values().stream()
                        .filter(rule -> groupId(rule.get("GroupId")).startsWith("WebhookServiceSecurityGroup"))
                        .map(rule -> groupId(rule.get("SourceSecurityGroupId")).replaceAll("[0-9A-F]{8}$", "") + ":"
                                + rule.get("FromPort") + "-" + rule.get("ToPort")))
                .containsExactlyInAnyOrder(
                        "PaymentsAFacadeSecurityGroup:8087-8087", "FacadeLoadBalancerSecurityGroup:8087-8087");
        assertThat(TemplateQueries.properties(template, "AWS::EC2::SecurityGroup").entrySet().stream()
                        .filter(group -> group.getKey().startsWith("WebhookServiceSecurityGroup"))
                        .map(group -> group.getValue().get("SecurityGroupIngress")))
                .singleElement()
                .isNull();
    }

    @Test
    void webhookServiceGoesOutOnlyToHttpsItsDatabaseAndKafka() {
        assertThat(egressOf(PaystreamService.WEBHOOKS))
                .singleElement()
                .satisfies(rule -> assertThat(TemplateQueries.map(rule))
                        .containsEntry("CidrIp", "0.0.0.0/0")
                        .containsEntry("IpProtocol", "tcp")
                        .containsEntry("FromPort", NetworkStack.HTTPS_PORT)
                        .containsEntry("ToPort", NetworkStack.HTTPS_PORT));
        assertThat(TemplateQueries.properties(template, "AWS::EC2::SecurityGroupEgress").values().stream()
                        .filter(rule -> groupId(rule.get("GroupId")).startsWith("WebhookServiceSecurityGroup"))
                        .map(rule -> groupId(rule.get("DestinationSecurityGroupId"))
                                        .replaceAll("[0-9A-F]{8}$", "") + ":" + rule.get("FromPort")))
                .containsExactlyInAnyOrder(
                        "DatabaseSecurityGroup:" + NetworkStack.POSTGRES_PORT,
                        "KafkaSecurityGroup:" + NetworkStack.KAFKA_IAM_PORT);
    }

    @Test
    void theOtherServicesStillGoOutFreelyForBraintreeAndAws() {
        for (PaystreamService service : PaystreamService.values()) {
            if (service != PaystreamService.WEBHOOKS) {
                assertThat(egressOf(service))
                        .as(service.serviceName())
                        .singleElement()
                        .satisfies(rule -> assertThat(TemplateQueries.map(rule))
                                .containsEntry("CidrIp", "0.0.0.0/0")
                                .containsEntry("IpProtocol", "-1"));
            }
        }
    }

    @Test
    void onlyTheLoadBalancerReachesTheFacadeAndNobodyCallsThePlatformService() {
        assertThat(sourcesOf("PaymentsAFacadeSecurityGroup", 8080)).containsExactly("FacadeLoadBalancerSecurityGroup");
        assertThat(sourcesOf("FacadeLoadBalancerSecurityGroup", 80)).containsExactly("ApiVpcLinkSecurityGroup");
        assertThat(sourcesOf("PaymentPlatformServiceSecurityGroup", 8083)).isEmpty();
    }

    @Test
    void vpcHasPublicPrivateAndIsolatedSubnetsInTwoZones() {
        template.resourceCountIs("AWS::EC2::Subnet", 6);
        template.resourceCountIs("AWS::EC2::NatGateway", 1);
        template.hasResourceProperties("AWS::EC2::VPCEndpoint", Map.of("VpcEndpointType", "Gateway"));
    }

    /** The inline egress rules of a service's security group (rules towards another group stand alone). */
    private static List<Object> egressOf(PaystreamService service) {
        return TemplateQueries.properties(template, "AWS::EC2::SecurityGroup").entrySet().stream()
                .filter(group -> group.getKey().startsWith(service.constructId() + "SecurityGroup"))
                .map(group -> TemplateQueries.list(group.getValue().get("SecurityGroupEgress")))
                .findFirst()
                .orElseThrow();
    }

    /** Logical-id prefixes of the security groups allowed into {@code targetPrefix} on {@code port}. */
    @SuppressWarnings("unchecked")
    private static List<String> sourcesOf(String targetPrefix, int port) {
        return TemplateQueries.properties(template, "AWS::EC2::SecurityGroupIngress").values().stream()
                .filter(rule -> port == ((Number) rule.get("FromPort")).intValue())
                .filter(rule -> groupId(rule.get("GroupId")).startsWith(targetPrefix))
                .map(rule -> groupId(rule.get("SourceSecurityGroupId")))
                .map(id -> id.replaceAll("[0-9A-F]{8}$", ""))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static String groupId(Object getAtt) {
        return (String) ((List<Object>) ((Map<String, Object>) getAtt).get("Fn::GetAtt")).getFirst();
    }
}
