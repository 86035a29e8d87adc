package io.paystream.tracing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The settings Paystream's shared modules give every service ({@value #LOCATION}, one file per module), below
 * everything else: a service's own application.yml, the environment and the command line all win over them. The
 * files set no key twice.
 */
class PaystreamDefaults implements EnvironmentPostProcessor {

    static final String LOCATION = "classpath*:META-INF/paystream-defaults/*.properties";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources(LOCATION);
            Arrays.sort(files, Comparator.comparing(Resource::getFilename));
            PropertiesPropertySourceLoader loader = new PropertiesPropertySourceLoader();
            for (Resource file : files) {
                loader.load("paystream-defaults:" + file.getFilename(), file)
                        .forEach(environment.getPropertySources()::addLast);
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
