package io.paystream.infra;

import java.util.List;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.Tags;
import software.constructs.Construct;

/**
 * Every Paystream stack in deployment order, wired by constructor arguments (CloudFormation exports between them).
 * The stacks name no account and no region: {@code cdk synth} runs offline, {@code cdk deploy} takes both from its
 * credentials.
 */
public record Stacks(Foundation foundation, ServicesStack services, EdgeStack edge, ObservabilityStack observability) {

    /** What the services stand on. */
    public record Foundation(
            RegistryStack registry,
            NetworkStack network,
            DataStack data,
            MessagingStack messaging,
            IdentityStack identity) {}

    public static Stacks define(Construct app, DeploySettings settings) {
        StackProps props = StackProps.builder()
                .description("Paystream (see docs/deploy.md)")
                .build();
        RegistryStack registry = new RegistryStack(app, "Paystream-Registry", props);
        NetworkStack network = new NetworkStack(app, "Paystream-Network", props, settings);
        Foundation foundation = new Foundation(
                registry,
                network,
                new DataStack(app, "Paystream-Data", props, settings, network),
                new MessagingStack(app, "Paystream-Messaging", props, network),
                new IdentityStack(app, "Paystream-Identity", props, settings));
        ServicesStack services = new ServicesStack(app, "Paystream-Services", props, settings, foundation);
        EdgeStack edge =
                new EdgeStack(app, "Paystream-Edge", props, settings, network, foundation.identity(), services);
        ObservabilityStack observability = new ObservabilityStack(
                app, "Paystream-Observability", props, settings, foundation.messaging(), services, edge);
        Stacks stacks = new Stacks(foundation, services, edge, observability);
        stacks.all().forEach(stack -> Tags.of(stack).add("project", "paystream"));
        return stacks;
    }

    public List<Stack> all() {
        return List.of(
                foundation.registry(),
                foundation.network(),
                foundation.data(),
                foundation.messaging(),
                foundation.identity(),
                services,
                edge,
                observability);
    }
}
