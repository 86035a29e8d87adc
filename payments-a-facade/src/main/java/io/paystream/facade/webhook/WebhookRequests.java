package io.paystream.facade.webhook;

import io.paystream.contracts.WebhookEventTypes;
import io.paystream.facade.web.BodyFields;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The bodies the webhook service takes, by their shape; what a URL may point at (https, public addresses) is the
 * webhook service's to say, as it resolves the host.
 */
final class WebhookRequests {

    static final int MAX_URL = 2048;
    static final int MAX_DESCRIPTION = 500;
    static final int MAX_EVENT_TYPES = 20;

    private static final Pattern ABSOLUTE_URL = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*://\\S+");
    private static final Pattern INSTANT =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})");

    private WebhookRequests() {}

    @Schema(name = "NewWebhookEndpoint", additionalProperties = Schema.AdditionalPropertiesValue.FALSE)
    record NewEndpoint(
            @Schema(
                    description = "https, on a public address",
                    maxLength = MAX_URL,
                    example = "https://shop.example.com/webhooks/paystream",
                    requiredMode = RequiredMode.REQUIRED)
            String url,

            @Schema(requiredMode = RequiredMode.REQUIRED, example = "[\"payment.authorized\", \"payment.captured\"]")
            List<String> eventTypes,

            @Schema(maxLength = MAX_DESCRIPTION) String description) {

        static void check(BodyFields body) {
            body.only(Set.of("url", "eventTypes", "description"));
            body.text("url", MAX_URL, true, ABSOLUTE_URL, "must be an absolute URL");
            body.eachOneOf("eventTypes", MAX_EVENT_TYPES, true, WebhookEventTypes.ALL);
            body.string("description", MAX_DESCRIPTION);
        }
    }

    @Schema(
            name = "WebhookEndpointChange",
            description = "Absent fields stay as they are",
            additionalProperties = Schema.AdditionalPropertiesValue.FALSE)
    record EndpointChange(
            @Schema(maxLength = MAX_URL) String url,
            List<String> eventTypes,
            @Schema(maxLength = MAX_DESCRIPTION) String description,

            @Schema(allowableValues = {"ENABLED", "DISABLED"})
            String status) {

        static void check(BodyFields body) {
            body.only(Set.of("url", "eventTypes", "description", "status"));
            body.text("url", MAX_URL, false, ABSOLUTE_URL, "must be an absolute URL");
            body.eachOneOf("eventTypes", MAX_EVENT_TYPES, false, WebhookEventTypes.ALL);
            body.string("description", MAX_DESCRIPTION);
            body.oneOf("status", Set.of("ENABLED", "DISABLED"), false);
        }
    }

    @Schema(name = "WebhookRecovery", additionalProperties = Schema.AdditionalPropertiesValue.FALSE)
    record Recovery(
            @Schema(requiredMode = RequiredMode.REQUIRED) Instant since) {

        static void check(BodyFields body) {
            body.only(Set.of("since"));
            body.text("since", 40, true, INSTANT, "must be an ISO 8601 instant such as 2026-12-07T10:00:00Z");
        }
    }
}
