package io.paystream.edge;

import io.paystream.edge.apikey.ApiKeyAuthenticator;
import io.paystream.edge.apikey.ApiKeyCalls;
import io.paystream.edge.apikey.ApiKeyProperties;
import io.paystream.edge.apikey.ApiKeyReplica;
import io.paystream.edge.apikey.ApiKeyUseReporter;
import io.paystream.edge.pci.CardNumberGuard;
import io.paystream.edge.problem.ApiProblems;
import io.paystream.edge.problem.ProblemErrorController;
import io.paystream.edge.problem.ProblemReportValve;
import io.paystream.edge.problem.ProblemResponses;
import io.paystream.edge.request.RequestGuard;
import io.paystream.edge.request.RequestIdFilter;
import io.paystream.edge.security.ApiKeyCaller;
import io.paystream.edge.security.Caller;
import io.paystream.edge.security.Customer;
import io.paystream.edge.security.CustomerArguments;
import io.paystream.edge.security.Customers;
import io.paystream.edge.security.ResourceServer;
import io.paystream.edge.security.ScopeRules;
import io.paystream.edge.security.SecurityProblems;
import io.paystream.servicetokens.ServiceTokens;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.apache.catalina.core.StandardHost;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.client.RestClient;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/**
 * The edge of every Paystream HTTP service: the problem+json writers and advice, the request id, request and
 * card-number guards ahead of security (in that order), and the filter chain ({@link ResourceServer}) built around
 * the {@link ScopeRules} a service states.
 */
@AutoConfiguration(
        // Before Spring MVC's and Spring Security's, whose problem advice, error page and default filter chains
        // stand back when ours exist.
        beforeName = {
            "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration",
            "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
            "org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerAutoConfiguration"
        })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(EdgeProperties.class)
public class EdgeAutoConfiguration {

    @Bean
    ProblemResponses problemResponses(JsonMapper json) {
        return new ProblemResponses(json);
    }

    @Bean
    ApiProblems apiProblems() {
        return new ApiProblems();
    }

    @Bean
    ProblemErrorController problemErrorController() {
        return new ProblemErrorController();
    }

    /** Tomcat's answers to what it refuses before Spring sees it, as problems too. */
    @Bean
    TomcatContextCustomizer problemReportValve() {
        return context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemReportValve.class.getName());
            }
        };
    }

    @Bean
    Customers customers(EdgeProperties properties) {
        return new Customers(properties.defaultMerchant());
    }

    /** The caller comes from the token: a {@link Customer} parameter is no request parameter of the API's description. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springdoc.core.utils.SpringDocUtils")
    static class CustomerOutOfApiDescription {

        static {
            org.springdoc.core.utils.SpringDocUtils.getConfig()
                    .addRequestWrapperToIgnore(Customer.class, Caller.class, ApiKeyCaller.class);
        }
    }

    /** Controllers take the calling {@link Customer} as a parameter. */
    @Bean
    WebMvcConfigurer customerArguments(Customers customers) {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CustomerArguments(customers));
            }
        };
    }

    @Bean
    SecurityProblems securityProblems(ProblemResponses problems) {
        return new SecurityProblems(problems);
    }

    @Bean
    @ConditionalOnBean(ScopeRules.class)
    ResourceServer resourceServer(
            JwtDecoder verifier, SecurityProblems problems, ObjectProvider<ApiKeyAuthenticator> apiKeys) {
        return new ResourceServer(verifier, problems, apiKeys.getIfAvailable());
    }

    /** API keys for a service that takes them (the facade): {@code paystream.edge.api-keys.enabled=true}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "paystream.edge.api-keys.enabled", havingValue = "true")
    @EnableConfigurationProperties(ApiKeyProperties.class)
    static class ApiKeys {

        /**
         * The edge's own token, on its own untraced client (a refresh every second is no one's request): reading the
         * keys' copy and passing a key's calls on are both its scopes.
         */
        @Bean
        ServiceTokens apiKeyEdgeTokens(ApiKeyProperties properties) {
            return new ServiceTokens(
                    ServiceTokens.untracedClient(Duration.ofSeconds(2)),
                    new ServiceTokens.Client(
                            properties.tokenEndpoint(),
                            properties.clientId(),
                            properties.clientSecret(),
                            properties.scope()),
                    Clock.systemUTC());
        }

        @Bean
        ApiKeyReplica apiKeyReplica(ApiKeyProperties properties, ServiceTokens apiKeyEdgeTokens) {
            return new ApiKeyReplica(
                    merchantService(properties), apiKeyEdgeTokens, properties.refreshInterval(), Clock.systemUTC());
        }

        @Bean
        ApiKeyCalls apiKeyCalls(ServiceTokens apiKeyEdgeTokens) {
            return new ApiKeyCalls(apiKeyEdgeTokens);
        }

        @Bean
        ApiKeyUseReporter apiKeyUseReporter(ApiKeyProperties properties, ServiceTokens apiKeyEdgeTokens) {
            return new ApiKeyUseReporter(
                    merchantService(properties), apiKeyEdgeTokens, properties.usageReportInterval(), Clock.systemUTC());
        }

        /** Its own client, untraced: a refresh every second and a report a minute are no one's request. */
        private static RestClient merchantService(ApiKeyProperties properties) {
            return ServiceTokens.untracedClient(Duration.ofSeconds(2))
                    .mutate()
                    .baseUrl(properties.merchantsBaseUrl())
                    .build();
        }

        @Bean
        ApiKeyAuthenticator apiKeyAuthenticator(
                ApiKeyReplica replica, ApiKeyProperties properties, ApiKeyUseReporter uses) {
            return new ApiKeyAuthenticator(
                    replica, properties.pepper(), properties.maxStaleness(), Clock.systemUTC(), uses::used);
        }
    }

    /** The service's filter chain, from the scope rules it states; a service without them has none of ours. */
    @Bean
    @ConditionalOnBean(ScopeRules.class)
    SecurityFilterChain edgeSecurity(HttpSecurity http, ResourceServer server, ScopeRules rules) throws Exception {
        return server.secure(http, rules);
    }

    @Bean
    FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
        return first(new RequestIdFilter(), 0);
    }

    @Bean
    FilterRegistrationBean<RequestGuard> requestGuard(ProblemResponses problems) {
        return first(new RequestGuard(problems), 6);
    }

    @Bean
    FilterRegistrationBean<CardNumberGuard> cardNumberGuard(ProblemResponses problems, EdgeProperties properties) {
        return first(
                new CardNumberGuard(
                        problems, Math.toIntExact(properties.maxBodyBytes().toBytes())),
                10);
    }

    private static <F extends jakarta.servlet.Filter> FilterRegistrationBean<F> first(F filter, int place) {
        FilterRegistrationBean<F> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + place);
        return registration;
    }
}
