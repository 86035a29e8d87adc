package io.paystream.infra;

import java.util.List;
import java.util.Map;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.ecs.AwsLogDriverProps;
import software.amazon.awscdk.services.ecs.ContainerDefinitionOptions;
import software.amazon.awscdk.services.ecs.ContainerImage;
import software.amazon.awscdk.services.ecs.LogDriver;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;

/**
 * The CloudWatch agent beside the platform service: it scrapes {@code /actuator/prometheus} on localhost every
 * minute and writes the operator gauges as embedded-metric-format logs, which CloudWatch turns into metrics in
 * {@value #NAMESPACE} (dimension {@code job}). The UNKNOWN-outcome alarm watches {@value #UNKNOWN_METRIC} there.
 */
final class PrometheusSidecar {

    static final String NAMESPACE = "Paystream/Platform";
    static final String UNKNOWN_METRIC = "paystream_executions_unknown";
    static final String IMAGE = "public.ecr.aws/cloudwatch-agent/cloudwatch-agent:1.300064.1b1344";

    PrometheusSidecar(ServiceDeployment deployment, PaystreamService service) {
        String emfLogGroupName = "/paystream/" + service.serviceName() + "/prometheus";
        LogGroup emf = LogGroup.Builder.create(deployment, "PrometheusMetrics")
                .logGroupName(emfLogGroupName)
                .retention(RetentionDays.ONE_WEEK)
                .removalPolicy(RemovalPolicy.DESTROY)
                .build();
        deployment
                .taskDefinition()
                .addContainer(
                        "metrics",
                        ContainerDefinitionOptions.builder()
                                .containerName("cloudwatch-agent")
                                .image(ContainerImage.fromRegistry(IMAGE))
                                .essential(false)
                                .cpu(64)
                                .memoryReservationMiB(128)
                                .environment(Map.of(
                                        "PROMETHEUS_CONFIG_CONTENT", scrapeConfig(service),
                                        "CW_CONFIG_CONTENT", agentConfig(service, emfLogGroupName)))
                                .logging(LogDriver.awsLogs(AwsLogDriverProps.builder()
                                        .logGroup(deployment.logGroup())
                                        .streamPrefix("cloudwatch-agent")
                                        .build()))
                                .build());
        deployment
                .taskRole()
                .addToPrincipalPolicy(PolicyStatement.Builder.create()
                        .actions(List.of("logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogStreams"))
                        .resources(List.of(emf.getLogGroupArn(), emf.getLogGroupArn() + ":log-stream:*"))
                        .build());
    }

    private static String scrapeConfig(PaystreamService service) {
        return String.join(
                "\n",
                "global:",
                "  scrape_interval: 1m",
                "  scrape_timeout: 10s",
                "scrape_configs:",
                "  - job_name: " + service.serviceName(),
                "    metrics_path: /actuator/prometheus",
                "    static_configs:",
                "      - targets: ['localhost:" + service.port() + "']",
                "");
    }

    private static String agentConfig(PaystreamService service, String logGroupName) {
        return """
                {"logs": {"force_flush_interval": 5, "metrics_collected": {"prometheus": {
                  "prometheus_config_path": "env:PROMETHEUS_CONFIG_CONTENT",
                  "log_group_name": "%s",
                  "emf_processor": {
                    "metric_namespace": "%s",
                    "metric_declaration": [{
                      "source_labels": ["job"],
                      "label_matcher": "^%s$",
                      "dimensions": [["job"]],
                      "metric_selectors": ["^%s$", "^paystream_executions_waiting$", "^paystream_outbox_backlog$"]
                    }]
                  }
                }}}}""".formatted(logGroupName, NAMESPACE, service.serviceName(), UNKNOWN_METRIC);
    }
}
