package io.paystream.wallet;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Stores customers' payment methods, vaulted in Braintree. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class WalletApplication {

    public static void main(String[] args) {
        // Before any HTTP client exists: a vaulting POST whose answer is lost must not be re-sent behind our back.
        System.setProperty("sun.net.http.retryPost", "false");
        SpringApplication.run(WalletApplication.class, args);
    }
}
