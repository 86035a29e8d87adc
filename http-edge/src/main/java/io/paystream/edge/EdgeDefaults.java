package io.paystream.edge;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * The settings every service shares ({@code paystream-edge-defaults.properties}), below everything else: a service's
 * own application.yml, the environment and the command line all win over them.
 */
class EdgeDefaults implements EnvironmentPostProcessor {

    static final String NAME = "paystream-edge-defaults";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            new PropertiesPropertySourceLoader()
                    .load(NAME, new ClassPathResource(NAME + ".properties"))
                    .forEach(environment.getPropertySources()::addLast);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
