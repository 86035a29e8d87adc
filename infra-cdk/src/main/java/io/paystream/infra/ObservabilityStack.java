package io.paystream.infra;

import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.IMetric;
import software.amazon.awscdk.services.cloudwatch.MathExpression;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.cloudwatch.actions.SnsAction;
import software.amazon.awscdk.services.logs.FilterPattern;
import software.amazon.awscdk.services.logs.MetricFilter;
import software.amazon.awscdk.services.sns.Topic;
import software.amazon.awscdk.services.sns.subscriptions.EmailSubscription;
import software.constructs.Construct;

/**
 * The alarms an operator is woken by, all to one SNS topic: a job in the DLQ, jobs waiting too long, the API
 * answering 5xx, and payments whose outcome nobody knows. UNKNOWN is watched twice: the platform's gauge {@code
 * paystream_executions_unknown} (scraped by its CloudWatch agent into {@value PrometheusSidecar#NAMESPACE}) for
 * outcomes that stay unresolved, and a log metric filter on its "has an unknown outcome" warning for a burst of new
 * ones.
 */
public final class ObservabilityStack extends Stack {

    static final String UNKNOWN_STARTED_METRIC = "UnknownOutcomesStarted";

    private final Topic alarms;

    public ObservabilityStack(
            Construct scope,
            String id,
            StackProps props,
            DeploySettings settings,
            MessagingStack messaging,
            ServicesStack services,
            EdgeStack edge) {
        super(scope, id, props);
        alarms = Topic.Builder.create(this, "Alarms")
                .topicName("paystream-alarms")
                .enforceSsl(true)
                .build();
        settings.alarmEmail().ifPresent(email -> alarms.addSubscription(new EmailSubscription(email)));

        alarm(
                "DlqNotEmpty",
                "A payment job reached the DLQ: it failed " + MessagingStack.MAX_RECEIVE_COUNT
                        + " deliveries; inspect and redrive it",
                messaging.paymentRequestsDlq().metricApproximateNumberOfMessagesVisible(maximum(Duration.minutes(1))),
                1,
                1);
        alarm(
                "OldestJobAge",
                "The oldest payment job has waited more than 15 minutes: the platform service is not keeping up",
                messaging.paymentRequests().metricApproximateAgeOfOldestMessage(maximum(Duration.minutes(1))),
                Duration.minutes(15).toSeconds().doubleValue(),
                3);
        alarm(
                "Api5xxRate",
                "More than 1% of API requests answered 5xx over 5 minutes, twice in a row",
                MathExpression.Builder.create()
                        .expression("IF(requests > 0, 100 * errors / requests, 0)")
                        .usingMetrics(Map.of(
                                "errors", edge.api().metricServerError(sum(Duration.minutes(5))),
                                "requests", edge.api().metricCount(sum(Duration.minutes(5)))))
                        .period(Duration.minutes(5))
                        .label("5xx %")
                        .build(),
                1,
                2);
        alarm(
                "UnknownOutcomesUnresolved",
                "Payments with an UNKNOWN gateway outcome for 15 minutes: the reconciler cannot get Braintree's answer",
                Metric.Builder.create()
                        .namespace(PrometheusSidecar.NAMESPACE)
                        .metricName(PrometheusSidecar.UNKNOWN_METRIC)
                        .dimensionsMap(Map.of("job", PaystreamService.PLATFORM.serviceName()))
                        .statistic("Maximum")
                        .period(Duration.minutes(5))
                        .build(),
                1,
                3);

        MetricFilter.Builder.create(this, "UnknownOutcomeLines")
                .logGroup(services.deployment(PaystreamService.PLATFORM).logGroup())
                .filterPattern(FilterPattern.literal("\"has an unknown outcome\""))
                .metricNamespace(PrometheusSidecar.NAMESPACE)
                .metricName(UNKNOWN_STARTED_METRIC)
                .metricValue("1")
                .defaultValue(0)
                .build();
        alarm(
                "UnknownOutcomesBurst",
                "Five or more gateway calls ended with an unknown outcome within 5 minutes",
                Metric.Builder.create()
                        .namespace(PrometheusSidecar.NAMESPACE)
                        .metricName(UNKNOWN_STARTED_METRIC)
                        .statistic("Sum")
                        .period(Duration.minutes(5))
                        .build(),
                5,
                1);
    }

    public Topic alarmTopic() {
        return alarms;
    }

    private void alarm(String id, String description, IMetric metric, double threshold, int periods) {
        Alarm alarm = Alarm.Builder.create(this, id)
                .alarmName("paystream-" + id)
                .alarmDescription(description)
                .metric(metric)
                .threshold(threshold)
                .comparisonOperator(ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD)
                .evaluationPeriods(periods)
                .treatMissingData(TreatMissingData.NOT_BREACHING)
                .build();
        alarm.addAlarmAction(new SnsAction(alarms));
        alarm.addOkAction(new SnsAction(alarms));
    }

    private static MetricOptions maximum(Duration period) {
        return MetricOptions.builder().statistic("Maximum").period(period).build();
    }

    private static MetricOptions sum(Duration period) {
        return MetricOptions.builder().statistic("Sum").period(period).build();
    }
}
