package io.paystream.facade.web;

import io.paystream.edge.problem.EdgeProblem;
import io.paystream.edge.request.ListQuery;
import io.paystream.edge.request.RequestIdFilter;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI 3 description at {@code /v3/api-docs} (Swagger UI at {@code /swagger-ui.html}). The thin controllers
 * carry each operation, its scope, body schema and examples; this adds what every operation shares: the OAuth 2.0
 * scheme and its scopes, the headers, and the problems the facade answers by itself.
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    public static final String SCHEME = "paystream-oauth";

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    /** The lists that take {@code ListQuery}'s parameters. */
    private static final Set<String> LISTS = Set.of("/v1/payments", "/v1/orders");

    @Bean
    OpenAPI facadeApi(@Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri}") String issuer) {
        io.swagger.v3.oas.models.security.Scopes scopes = new io.swagger.v3.oas.models.security.Scopes();
        Scopes.ALL.forEach(scopes::addString);
        String openIdConnect = issuer + "/protocol/openid-connect";
        return new OpenAPI()
                .info(new Info().title("Paystream API").version("v1").description(description()))
                .components(new Components()
                        .addSecuritySchemes(
                                SCHEME,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.OAUTH2)
                                        .description("JWT access token of the Paystream issuer, audience paystream-api")
                                        .flows(new OAuthFlows()
                                                .authorizationCode(new OAuthFlow()
                                                        .authorizationUrl(openIdConnect + "/auth")
                                                        .tokenUrl(openIdConnect + "/token")
                                                        .scopes(scopes))
                                                .password(new OAuthFlow()
                                                        .tokenUrl(openIdConnect + "/token")
                                                        .scopes(scopes))))
                        .addSchemas("Problem", problemSchema()));
    }

    /** The parameters and problem answers every operation shares, added to each one. */
    @Bean
    OpenApiCustomizer sharedParametersAndProblems() {
        return api -> api.getPaths()
                .forEach((path, item) ->
                        item.readOperationsMap().forEach((method, operation) -> shared(path, method, operation)));
    }

    private static void shared(String path, PathItem.HttpMethod method, Operation operation) {
        operation.addParametersItem(header(RequestIdFilter.HEADER, false, "Echoed on the answer; generated if absent"));
        if (method == PathItem.HttpMethod.POST) {
            operation.addParametersItem(header(
                    RequestHeaders.IDEMPOTENCY_KEY, true, "1–255 printable ASCII characters, one per operation"));
        }
        if (method == PathItem.HttpMethod.POST && path.startsWith("/v1/payments")) {
            operation.addParametersItem(header(
                    RequestHeaders.PREFER, false, "wait=N (N ≤ 10): hold the answer until the outcome, 200 or 202"));
        }
        if (method == PathItem.HttpMethod.GET && LISTS.contains(path)) {
            listParameters().forEach(operation::addParametersItem);
        }
        var responses = operation.getResponses();
        responses.forEach((status, response) -> describeForwarded(path, method, status, response));
        responses.addApiResponse(
                "400", problem("Invalid fields (all listed in errors[]), malformed JSON, a card number"));
        responses.addApiResponse("401", problem("No valid bearer token for audience paystream-api"));
        responses.addApiResponse("403", problem("The token lacks the operation's scope"));
        if (operation.getRequestBody() != null) {
            responses.addApiResponse("413", problem("The body is larger than 32 KiB"));
            responses.addApiResponse("415", problem("The body is not application/json"));
        }
        responses.addApiResponse(
                "429", problem("This customer is over its rate limit").addHeaderObject("Retry-After", seconds()));
        responses.addApiResponse("502", problem("The service behind failed"));
        responses.addApiResponse(
                "503",
                problem("The service behind is down, or this instance is serving all it can at once (overloaded)")
                        .addHeaderObject("Retry-After", seconds()));
    }

    /**
     * The controllers return the service's bytes, which springdoc would call a binary string: an answer the
     * controller does not describe is JSON (2xx) or a problem passed on from the service behind (4xx).
     */
    private static void describeForwarded(
            String path, PathItem.HttpMethod method, String status, ApiResponse response) {
        if (response.getContent() != null && response.getContent().containsKey("*/*")) {
            if (status.equals("204")) {
                response.setContent(null);
            } else if (status.startsWith("2")) {
                response.setContent(
                        new Content().addMediaType("application/json", new MediaType().schema(new ObjectSchema())));
            } else {
                response.setContent(problem("").getContent());
            }
        }
        if (method == PathItem.HttpMethod.POST && status.startsWith("2")) {
            response.addHeaderObject(
                    "Location", new Header().description("The resource").schema(new StringSchema()));
            response.addHeaderObject(
                    "Idempotent-Replayed",
                    new Header()
                            .description("true when this is the stored answer to an earlier request with the key")
                            .schema(new StringSchema()));
            if (path.startsWith("/v1/payments")) {
                response.addHeaderObject(
                        "Preference-Applied",
                        new Header()
                                .description("wait=N when the wait was honoured")
                                .schema(new StringSchema()));
            }
        }
    }

    /** The list parameters of ARCHITECTURE §11 (http-edge {@code ListQuery}), read from the request as a whole. */
    private static List<QueryParameter> listParameters() {
        return List.of(
                query("status", "Only payments or orders in this status", new StringSchema()),
                query(
                        "customerId",
                        "Only this customer's (a merchant's key; a shopper sees only their own anyway)",
                        new StringSchema()),
                query("createdFrom", "Created at or after this instant", new StringSchema().format("date-time")),
                query("createdTo", "Created before this instant", new StringSchema().format("date-time")),
                query(
                        "limit",
                        "Page size, 1 to " + ListQuery.MAX_LIMIT + " (default " + ListQuery.DEFAULT_LIMIT + ")",
                        new IntegerSchema().minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(ListQuery.MAX_LIMIT))),
                query("startingAfter", "The last id of the page before: the next page", new StringSchema()));
    }

    private static QueryParameter query(String name, String description, Schema<?> schema) {
        QueryParameter parameter = new QueryParameter();
        parameter.name(name).required(false).description(description).schema(schema);
        return parameter;
    }

    private static HeaderParameter header(String name, boolean required, String description) {
        HeaderParameter parameter = new HeaderParameter();
        parameter.name(name).required(required).description(description).schema(new StringSchema());
        return parameter;
    }

    private static Header seconds() {
        return new Header().description("Seconds to wait before trying again").schema(new IntegerSchema());
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse()
                .description(description)
                .content(new Content()
                        .addMediaType(
                                "application/problem+json", new MediaType().schema(new Schema<>().$ref(PROBLEM_REF))));
    }

    private static Schema<?> problemSchema() {
        Schema<?> fieldError = new ObjectSchema()
                .addProperty("field", new StringSchema().description("JSON path, header or query parameter"))
                .addProperty("message", new StringSchema());
        return new ObjectSchema()
                .description("RFC 9457 problem details")
                .addProperty("type", new StringSchema().format("uri").description("Stable; see the API description"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema())
                .addProperty("requestId", new StringSchema().description("The X-Request-Id of the request"))
                .addProperty("errors", new ArraySchema().items(fieldError).description("With invalid-request only"));
    }

    private static String description() {
        String types = EdgeProblem.all().stream()
                .map(type -> "- `" + type.uri() + "` (" + type.status().value() + "): " + type.title())
                .collect(Collectors.joining("\n"));
        return """
                The public Paystream API. The caller is the token's `sub`. Money is an integer amount in the \
                currency's minor units plus an ISO 4217 code. Every POST needs an `Idempotency-Key`; a retry with \
                the same key and body gets the stored answer, marked `Idempotent-Replayed: true`. Each answer \
                carries `X-Request-Id`.

                Errors are `application/problem+json` (RFC 9457). Problem types the facade answers itself:

                %s

                Problems of the services behind (for example 404 not found, 409 wrong state or key in flight, 422 \
                amount too high or key reused) are passed on unchanged, each with its own stable type.
                """.formatted(types);
    }
}
