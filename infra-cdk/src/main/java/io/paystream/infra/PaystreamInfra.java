package io.paystream.infra;

import software.amazon.awscdk.App;

/**
 * The CDK app: {@code npx aws-cdk@2.1148.1 synth} in {@code infra-cdk/} runs this through {@code cdk.json}.
 * Settings come from context ({@link DeploySettings}); with none, the defaults synthesize offline.
 */
public final class PaystreamInfra {

    private PaystreamInfra() {}

    public static void main(String[] args) {
        App app = new App();
        Stacks.define(app, DeploySettings.from(app.getNode()));
        app.synth();
    }
}
