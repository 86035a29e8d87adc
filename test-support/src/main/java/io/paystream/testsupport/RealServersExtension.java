package io.paystream.testsupport;

import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.core.annotation.AnnotatedElementUtils;

/** Starts the servers a {@link RealServers} test asks for before its first test, and resolves them as parameters. */
final class RealServersExtension implements BeforeAllCallback, ParameterResolver {

    private static final Map<Class<?>, Server> SERVER_TYPES = Map.of(
            PostgresServer.class, Server.POSTGRES,
            KafkaServer.class, Server.KAFKA,
            SqsServer.class, Server.SQS,
            OAuthServer.class, Server.OAUTH);

    @Override
    public void beforeAll(ExtensionContext context) {
        Arrays.stream(requested(context).value()).forEach(TestServers::get);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return SERVER_TYPES.containsKey(parameter.getParameter().getType());
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return TestServers.get(SERVER_TYPES.get(parameter.getParameter().getType()));
    }

    private static RealServers requested(ExtensionContext context) {
        RealServers servers =
                AnnotatedElementUtils.findMergedAnnotation(context.getRequiredTestClass(), RealServers.class);
        if (servers == null) {
            throw new IllegalStateException("RealServersExtension is registered through @RealServers only");
        }
        return servers;
    }
}
