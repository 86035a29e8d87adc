package io.paystream.infra;

import java.util.List;
import java.util.Map;
import software.amazon.awscdk.services.ecs.AwsLogDriverProps;
import software.amazon.awscdk.services.ecs.ContainerDefinitionOptions;
import software.amazon.awscdk.services.ecs.ContainerImage;
import software.amazon.awscdk.services.ecs.LogDriver;
import software.amazon.awscdk.services.iam.PolicyStatement;

/**
 * The AWS Distro for OpenTelemetry collector beside each service: the service sends its spans over OTLP/HTTP to
 * {@value #OTLP_TRACES_ENDPOINT} (ServiceEnvironment), the collector batches them and hands them to X-Ray, which
 * takes W3C trace ids. X-Ray's calls name no resource, so they are granted on {@code *}.
 */
final class TraceCollectorSidecar {

    static final String IMAGE = "public.ecr.aws/aws-observability/aws-otel-collector:v0.40.0";
    static final String OTLP_TRACES_ENDPOINT = "http://localhost:4318/v1/traces";
    static final List<String> XRAY_ACTIONS = List.of(
            "xray:GetSamplingRules", "xray:GetSamplingTargets", "xray:PutTelemetryRecords", "xray:PutTraceSegments");

    private static final String CONFIG = """
            receivers:
              otlp:
                protocols:
                  http:
                    endpoint: 127.0.0.1:4318
            processors:
              batch: {}
            exporters:
              awsxray: {}
            service:
              pipelines:
                traces:
                  receivers: [otlp]
                  processors: [batch]
                  exporters: [awsxray]
            """;

    TraceCollectorSidecar(ServiceDeployment deployment) {
        deployment
                .taskDefinition()
                .addContainer(
                        "traces",
                        ContainerDefinitionOptions.builder()
                                .containerName("otel-collector")
                                .image(ContainerImage.fromRegistry(IMAGE))
                                // Traces are worth less than payments: a failing collector never stops the task.
                                .essential(false)
                                .cpu(64)
                                .memoryReservationMiB(128)
                                .environment(Map.of("AOT_CONFIG_CONTENT", CONFIG))
                                .logging(LogDriver.awsLogs(AwsLogDriverProps.builder()
                                        .logGroup(deployment.logGroup())
                                        .streamPrefix("otel-collector")
                                        .build()))
                                .build());
        deployment
                .taskRole()
                .addToPrincipalPolicy(PolicyStatement.Builder.create()
                        .actions(XRAY_ACTIONS)
                        .resources(List.of("*"))
                        .build());
    }
}
