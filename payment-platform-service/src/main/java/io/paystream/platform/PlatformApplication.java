package io.paystream.platform;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Executes payment jobs against Braintree and publishes their outcomes. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class PlatformApplication {

    public static void main(String[] args) {
        // Before any HTTP client exists: a POST whose answer is lost must not be re-sent behind our back.
        System.setProperty("sun.net.http.retryPost", "false");
        SpringApplication.run(PlatformApplication.class, args);
    }
}
