package io.paystream.infra;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class ObservabilityStackTests {

    static Template template;

    @BeforeAll
    static void synthesize() {
        template = SynthesizedApp.template(Stacks::observability);
    }

    @Test
    void aJobInTheDeadLetterQueueRaisesAnAlarm() {
        template.hasResourceProperties(
                "AWS::CloudWatch::Alarm",
                Map.of(
                        "MetricName",
                        "ApproximateNumberOfMessagesVisible",
                        "Dimensions",
                        List.of(Map.of("Name", "QueueName", "Value", MessagingStackTests.importOf("Dlq"))),
                        "Threshold",
                        1,
                        "EvaluationPeriods",
                        1));
    }

    @Test
    void aJobWaitingFifteenMinutesRaisesAnAlarm() {
        template.hasResourceProperties(
                "AWS::CloudWatch::Alarm",
                Map.of("MetricName", "ApproximateAgeOfOldestMessage", "Threshold", 900, "EvaluationPeriods", 3));
    }

    @Test
    void anApi5xxRateAboveOnePercentRaisesAnAlarm() {
        template.hasResourceProperties(
                "AWS::CloudWatch::Alarm",
                Map.of(
                        "Threshold",
                        1,
                        "Metrics",
                        Match.arrayWith(List.of(Match.objectLike(
                                Map.of("Expression", "IF(requests > 0, 100 * errors / requests, 0)"))))));
    }

    @Test
    void unknownOutcomesAreWatchedByGaugeAndByLogLine() {
        template.hasResourceProperties(
                "AWS::CloudWatch::Alarm",
                Map.of(
                        "Namespace", "Paystream/Platform",
                        "MetricName", "paystream_executions_unknown",
                        "Dimensions", List.of(Map.of("Name", "job", "Value", "payment-platform-service")),
                        "Statistic", "Maximum",
                        "EvaluationPeriods", 3));
        template.hasResourceProperties(
                "AWS::Logs::MetricFilter",
                Map.of(
                        "FilterPattern",
                        "\"has an unknown outcome\"",
                        "LogGroupName",
                        MessagingStackTests.importOf("PaymentPlatformServiceLogs"),
                        "MetricTransformations",
                        List.of(Match.objectLike(Map.of(
                                "MetricNamespace",
                                "Paystream/Platform",
                                "MetricName",
                                ObservabilityStack.UNKNOWN_STARTED_METRIC)))));
        template.hasResourceProperties(
                "AWS::CloudWatch::Alarm",
                Map.of("MetricName", ObservabilityStack.UNKNOWN_STARTED_METRIC, "Threshold", 5));
    }

    @Test
    void everyAlarmNotifiesTheOnCallTopic() {
        template.resourceCountIs("AWS::CloudWatch::Alarm", 5);
        template.allResourcesProperties(
                "AWS::CloudWatch::Alarm",
                Map.of("AlarmActions", List.of(Map.of("Ref", Match.stringLikeRegexp("Alarms.*")))));
        template.hasResourceProperties(
                "AWS::SNS::Subscription", Map.of("Protocol", "email", "Endpoint", SynthesizedApp.ALARM_EMAIL));
    }
}
