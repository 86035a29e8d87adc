package io.paystream.infra;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.ecr.IRepository;
import software.amazon.awscdk.services.ecr.LifecycleRule;
import software.amazon.awscdk.services.ecr.Repository;
import software.amazon.awscdk.services.ecr.RepositoryEncryption;
import software.amazon.awscdk.services.ecr.TagMutability;
import software.constructs.Construct;

/**
 * One ECR repository per service ({@code paystream/<service>}), deployed first so that CI can push the images
 * built from the repository's Dockerfile before the services stack runs them. Tags are immutable: a deployment names
 * the exact image it runs (the git commit), and a rollback is a redeploy with the previous tag.
 */
public final class RegistryStack extends Stack {

    private final Map<PaystreamService, Repository> repositories = new EnumMap<>(PaystreamService.class);

    public RegistryStack(Construct scope, String id, StackProps props) {
        super(scope, id, props);
        for (PaystreamService service : PaystreamService.values()) {
            repositories.put(
                    service,
                    Repository.Builder.create(this, service.constructId() + "Repository")
                            .repositoryName(repositoryName(service))
                            .imageTagMutability(TagMutability.IMMUTABLE)
                            .imageScanOnPush(true)
                            .encryption(RepositoryEncryption.AES_256)
                            .lifecycleRules(List.of(LifecycleRule.builder()
                                    .description("Keep the last 50 images")
                                    .maxImageCount(50)
                                    .build()))
                            .removalPolicy(RemovalPolicy.RETAIN)
                            .build());
        }
    }

    public static String repositoryName(PaystreamService service) {
        return "paystream/" + service.serviceName();
    }

    public IRepository repository(PaystreamService service) {
        return repositories.get(service);
    }
}
