package io.paystream.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import io.paystream.testsupport.OAuthServer.TokenSpec;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A Spring resource server configured only by @RealServers trusts the mock IdP's tokens, and only those. */
@RealServers(Server.OAUTH)
@SpringBootTest(
        classes = ResourceServerTests.ResourceServerApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ResourceServerTests {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void tokenFromTheIdpIsAcceptedAndNamesTheCaller(OAuthServer idp) throws Exception {
        HttpResponse<String> response = whoAmI(idp.token("alice", "payments:read"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("alice");
    }

    @Test
    void tamperedTokenIsRejected(OAuthServer idp) throws Exception {
        String token = idp.token("alice", "payments:read");
        String[] parts = token.split("\\.");
        String forgedPayload = parts[1].substring(0, parts[1].length() - 2) + (parts[1].endsWith("A") ? "BB" : "AA");

        HttpResponse<String> response = whoAmI(parts[0] + "." + forgedPayload + "." + parts[2]);

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void tokenForAnotherAudienceIsRejected(OAuthServer idp) throws Exception {
        String token = idp.token(TokenSpec.of("alice", "payments:read").withAudience("someone-else"));

        assertThat(whoAmI(token).statusCode()).isEqualTo(401);
    }

    @Test
    void tokenFromAnotherIssuerIsRejected(OAuthServer idp) throws Exception {
        String token = idp.token(TokenSpec.of("alice", "payments:read").withIssuerId("elsewhere"));

        assertThat(whoAmI(token).statusCode()).isEqualTo(401);
    }

    @Test
    void tokenWithoutTheScopeIsForbidden(OAuthServer idp) throws Exception {
        assertThat(whoAmI(idp.token("alice", "orders:read")).statusCode()).isEqualTo(403);
    }

    @Test
    void requestWithoutTokenIsUnauthorized() throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/whoami"))
                .build();

        assertThat(http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(401);
    }

    private HttpResponse<String> whoAmI(String token) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/whoami"))
                .header("Authorization", "Bearer " + token)
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @SpringBootApplication
    static class ResourceServerApplication {

        @Bean
        SecurityFilterChain security(HttpSecurity http) throws Exception {
            return http.authorizeHttpRequests(requests -> requests.requestMatchers("/whoami")
                            .hasAuthority("SCOPE_payments:read")
                            .anyRequest()
                            .authenticated())
                    .oauth2ResourceServer(server -> server.jwt(Customizer.withDefaults()))
                    .build();
        }

        @RestController
        static class WhoAmIController {

            @GetMapping("/whoami")
            String whoAmI(@AuthenticationPrincipal Jwt jwt) {
                return jwt.getSubject();
            }
        }
    }
}
