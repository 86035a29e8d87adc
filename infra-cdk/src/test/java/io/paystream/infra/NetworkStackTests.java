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
                        "BootstrapSecurityGroup");
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
