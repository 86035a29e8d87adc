package io.paystream.testsupport;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;

/** Points the Spring context of a {@link RealServers} test at the shared servers, through plain properties. */
final class RealServersContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> configs) {
        RealServers servers = AnnotatedElementUtils.findMergedAnnotation(testClass, RealServers.class);
        if (servers == null) {
            return null;
        }
        return new RealServersContextCustomizer(Set.of(servers.value()), servers.database());
    }

    /** A record, so that two test classes asking for the same servers share one cached context. */
    private record RealServersContextCustomizer(Set<Server> servers, String database) implements ContextCustomizer {

        @Override
        public void customizeContext(
                org.springframework.context.ConfigurableApplicationContext context,
                org.springframework.test.context.MergedContextConfiguration mergedConfig) {
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource("paystreamRealServers", properties()));
        }

        private Map<String, Object> properties() {
            Map<String, Object> properties = new LinkedHashMap<>();
            if (servers.contains(Server.POSTGRES)) {
                properties.put("spring.datasource.url", TestServers.postgres().jdbcUrl(database));
                properties.put("spring.datasource.username", PostgresServer.USER);
                properties.put("spring.datasource.password", PostgresServer.PASSWORD);
            }
            if (servers.contains(Server.KAFKA)) {
                properties.put(
                        "spring.kafka.bootstrap-servers", TestServers.kafka().bootstrapServers());
            }
            if (servers.contains(Server.SQS)) {
                properties.put(
                        "spring.cloud.aws.sqs.endpoint",
                        TestServers.sqs().endpoint().toString());
                properties.put("spring.cloud.aws.region.static", SqsServer.REGION);
                properties.put("spring.cloud.aws.credentials.access-key", SqsServer.ACCESS_KEY);
                properties.put("spring.cloud.aws.credentials.secret-key", SqsServer.SECRET_KEY);
            }
            if (servers.contains(Server.OAUTH)) {
                properties.put(
                        "spring.security.oauth2.resourceserver.jwt.issuer-uri",
                        TestServers.oauth().issuerUri());
                properties.put("spring.security.oauth2.resourceserver.jwt.audiences", OAuthServer.AUDIENCE);
            }
            return properties;
        }
    }
}
