package io.paystream.infra;

import java.util.Map;
import java.util.function.Function;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.cxapi.CloudAssembly;
import software.amazon.awscdk.cxapi.CloudFormationStackArtifact;

/**
 * The whole app, synthesized once per test JVM (jsii's start-up and one synthesis cost about ten seconds; every
 * test class shares them). The context sets an alarm e-mail, so the optional subscription is synthesized too.
 */
final class SynthesizedApp {

    static final String ALARM_EMAIL = "oncall@example.com";

    private static SynthesizedApp instance;

    private final Stacks stacks;
    private final CloudAssembly assembly;

    private SynthesizedApp() {
        App app = App.Builder.create()
                .outdir("target/cdk-test.out")
                .context(Map.of("alarmEmail", ALARM_EMAIL))
                .build();
        stacks = Stacks.define(app, DeploySettings.from(app.getNode()));
        assembly = app.synth();
    }

    static synchronized SynthesizedApp get() {
        if (instance == null) {
            instance = new SynthesizedApp();
        }
        return instance;
    }

    /** A fresh {@link Template} of one stack, for a test class's {@code @BeforeAll}. */
    static Template template(Function<Stacks, Stack> stack) {
        SynthesizedApp app = get();
        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) app.assembly
                .getStackArtifact(stack.apply(app.stacks).getArtifactId())
                .getTemplate();
        return Template.fromJSON(json);
    }

    static CloudFormationStackArtifact artifact(Stack stack) {
        return get().assembly.getStackArtifact(stack.getArtifactId());
    }

    static Stacks stacks() {
        return get().stacks;
    }
}
