package io.paystream.orders.web;

import io.paystream.edge.problem.ProblemType;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI 3 description at {@code /v3/api-docs}: generated from the controllers, with the OAuth 2.0 scopes. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String SCHEME = "paystream-oauth";

    @Bean
    OpenAPI orderServiceApi(@Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri}") String issuer) {
        OAuthFlow password = new OAuthFlow()
                .tokenUrl(issuer + "/protocol/openid-connect/token")
                .scopes(new Scopes()
                        .addString("orders:read", "Read the caller's orders")
                        .addString("orders:write", "Create orders"));
        return new OpenAPI()
                .info(new Info()
                        .title("Paystream order service")
                        .version("v1")
                        .description("Orders of the calling customer (the token's sub) and their payment lifecycle. "
                                + "Errors are RFC 9457 application/problem+json with a type under "
                                + ProblemType.BASE + "."))
                .components(new Components()
                        .addSecuritySchemes(
                                SCHEME,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.OAUTH2)
                                        .description("JWT access token with audience paystream-api")
                                        .flows(new OAuthFlows().password(password))))
                .addSecurityItem(new SecurityRequirement().addList(SCHEME));
    }

    /** Every operation can answer 401 and 403, written by the security filters rather than a controller. */
    @Bean
    OpenApiCustomizer securityAnswers() {
        return api -> api.getPaths().values().stream()
                .flatMap(path -> path.readOperations().stream())
                .forEach(operation -> operation
                        .getResponses()
                        .addApiResponse("401", problem("No valid bearer token for audience paystream-api"))
                        .addApiResponse("403", problem("The token lacks the operation's scope")));
    }

    private static ApiResponse problem(String description) {
        Schema<?> problem = new Schema<>().$ref("#/components/schemas/ProblemDetail");
        return new ApiResponse()
                .description(description)
                .content(new Content().addMediaType("application/problem+json", new MediaType().schema(problem)));
    }
}
