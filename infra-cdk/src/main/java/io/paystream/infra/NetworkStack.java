package io.paystream.infra;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.ec2.GatewayVpcEndpointAwsService;
import software.amazon.awscdk.services.ec2.GatewayVpcEndpointOptions;
import software.amazon.awscdk.services.ec2.IpAddresses;
import software.amazon.awscdk.services.ec2.Peer;
import software.amazon.awscdk.services.ec2.Port;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.ec2.SubnetConfiguration;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.ec2.Vpc;
import software.constructs.Construct;

/**
 * The VPC (public subnets for the NAT gateways only, private subnets for the services, the VPC link and MSK,
 * isolated subnets for the database) and one security group per party, with every allowed path written here
 * in one place: who may call whom, and on which port.
 */
public final class NetworkStack extends Stack {

    static final int POSTGRES_PORT = 5432;
    /** MSK's port for SASL/IAM clients. */
    static final int KAFKA_IAM_PORT = 9098;

    static final int LOAD_BALANCER_PORT = 80;

    /** The one port the webhook service may reach outside the VPC (merchants' endpoints, AWS's APIs). */
    static final int HTTPS_PORT = 443;

    private final Vpc vpc;
    private final Map<PaystreamService, SecurityGroup> services = new EnumMap<>(PaystreamService.class);
    private final SecurityGroup loadBalancer;
    private final SecurityGroup vpcLink;
    private final SecurityGroup database;
    private final SecurityGroup kafka;
    private final SecurityGroup bootstrap;

    public NetworkStack(Construct scope, String id, StackProps props, DeploySettings settings) {
        super(scope, id, props);
        vpc = Vpc.Builder.create(this, "Vpc")
                .ipAddresses(IpAddresses.cidr("10.40.0.0/16"))
                .maxAzs(2)
                .natGateways(settings.natGateways())
                .subnetConfiguration(List.of(
                        subnet("public", SubnetType.PUBLIC, 24),
                        subnet("app", SubnetType.PRIVATE_WITH_EGRESS, 20),
                        subnet("data", SubnetType.PRIVATE_ISOLATED, 24)))
                // ECR image layers come from S3: through the free gateway endpoint, not the NAT.
                .gatewayEndpoints(Map.of(
                        "S3",
                        GatewayVpcEndpointOptions.builder()
                                .service(GatewayVpcEndpointAwsService.S3)
                                .build()))
                .build();

        loadBalancer = group("FacadeLoadBalancer", "Internal load balancer in front of the facade", true);
        vpcLink = group("ApiVpcLink", "API Gateway VPC link to the facade load balancer", true);
        database = group("Database", "Aurora PostgreSQL: only the services with a database", false);
        kafka = group("Kafka", "MSK Serverless: only the services that produce or consume payment events", false);
        bootstrap = group("Bootstrap", "One-off job that creates databases, roles and topics", true);
        for (PaystreamService service : PaystreamService.values()) {
            services.put(
                    service,
                    service.callsMerchantsServers()
                            ? group(service.constructId(), service.serviceName() + " tasks (HTTPS out via NAT)", false)
                            : group(service.constructId(), service.serviceName() + " tasks (Braintree via NAT)", true));
        }

        loadBalancer.addIngressRule(vpcLink, Port.tcp(LOAD_BALANCER_PORT), "API Gateway VPC link");
        allow(PaystreamService.FACADE, loadBalancer, "facade load balancer");
        allowService(PaystreamService.ORCHESTRATOR, PaystreamService.FACADE);
        allow(PaystreamService.ORCHESTRATOR, loadBalancer, "facade load balancer (operator audit checks)");
        allowService(PaystreamService.WALLET, PaystreamService.FACADE, PaystreamService.ORCHESTRATOR);
        allowService(PaystreamService.ORDERS, PaystreamService.FACADE, PaystreamService.ORCHESTRATOR);
        // The operator API comes through the load balancer; the others look up API keys and sealed credentials.
        allow(PaystreamService.MERCHANTS, loadBalancer, "facade load balancer (operator API)");
        allowService(
                PaystreamService.MERCHANTS,
                PaystreamService.FACADE,
                PaystreamService.PLATFORM,
                PaystreamService.WALLET);
        // The facade's webhook routes through Cloud Map; the operators' re-wrap through the load balancer.
        allowService(PaystreamService.WEBHOOKS, PaystreamService.FACADE);
        allow(PaystreamService.WEBHOOKS, loadBalancer, "facade load balancer (operator API, /v1/admin/webhooks/*)");
        // The platform service takes its work from SQS: nobody calls it.

        for (PaystreamService service : PaystreamService.values()) {
            if (service.database().isPresent()) {
                database.addIngressRule(services.get(service), Port.tcp(POSTGRES_PORT), service.serviceName());
            }
            if (service.kafka() != PaystreamService.Kafka.NONE) {
                kafka.addIngressRule(services.get(service), Port.tcp(KAFKA_IAM_PORT), service.serviceName());
            }
            if (service.callsMerchantsServers()) {
                allowOutOnlyToHttpsAndItsData(service);
            }
        }
        database.addIngressRule(bootstrap, Port.tcp(POSTGRES_PORT), "bootstrap job");
        kafka.addIngressRule(bootstrap, Port.tcp(KAFKA_IAM_PORT), "bootstrap job");
    }

    public Vpc vpc() {
        return vpc;
    }

    public SecurityGroup service(PaystreamService service) {
        return services.get(service);
    }

    public SecurityGroup loadBalancer() {
        return loadBalancer;
    }

    public SecurityGroup vpcLink() {
        return vpcLink;
    }

    public SecurityGroup database() {
        return database;
    }

    public SecurityGroup kafka() {
        return kafka;
    }

    public SecurityGroup bootstrap() {
        return bootstrap;
    }

    /**
     * A service that connects wherever a merchant's URL points: beyond its own refusal of private addresses, its group
     * lets it out on 443 only (merchants' endpoints through the NAT, and ECR, logs, Secrets Manager, KMS, Cognito and
     * X-Ray), and to its database and Kafka; never to another service's port. DNS is not filtered by security groups.
     */
    private void allowOutOnlyToHttpsAndItsData(PaystreamService service) {
        SecurityGroup group = services.get(service);
        group.addEgressRule(Peer.anyIpv4(), Port.tcp(HTTPS_PORT), "merchants' endpoints and AWS APIs (HTTPS)");
        if (service.database().isPresent()) {
            group.addEgressRule(database, Port.tcp(POSTGRES_PORT), "its database");
        }
        if (service.kafka() != PaystreamService.Kafka.NONE) {
            group.addEgressRule(kafka, Port.tcp(KAFKA_IAM_PORT), "the payment topics");
        }
    }

    private void allowService(PaystreamService callee, PaystreamService... callers) {
        for (PaystreamService caller : callers) {
            allow(callee, services.get(caller), caller.serviceName());
        }
    }

    private void allow(PaystreamService callee, SecurityGroup caller, String description) {
        services.get(callee).addIngressRule(caller, Port.tcp(callee.port()), description);
    }

    private SecurityGroup group(String id, String description, boolean allowAllOutbound) {
        return SecurityGroup.Builder.create(this, id + "SecurityGroup")
                .vpc(vpc)
                .description(description)
                .allowAllOutbound(allowAllOutbound)
                .build();
    }

    private static SubnetConfiguration subnet(String name, SubnetType type, int cidrMask) {
        return SubnetConfiguration.builder()
                .name(name)
                .subnetType(type)
                .cidrMask(cidrMask)
                .build();
    }
}
