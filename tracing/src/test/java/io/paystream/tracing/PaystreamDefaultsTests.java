package io.paystream.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class PaystreamDefaultsTests {

    @Test
    void everyModulesDefaultsAreLoadedBelowWhatTheServiceSays() {
        StandardEnvironment environment = new StandardEnvironment();
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "application.yml", Map.of("spring.kafka.listener.observation-enabled", "false")));

        new PaystreamDefaults().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("management.tracing.sampling.probability"))
                .isEqualTo("0.1");
        assertThat(environment.getProperty("spring.kafka.listener.observation-enabled"))
                .isEqualTo("false");
        assertThat(environment.getPropertySources().stream().map(source -> source.getName()))
                .last()
                .isEqualTo("paystream-defaults:tracing.properties");
    }
}
