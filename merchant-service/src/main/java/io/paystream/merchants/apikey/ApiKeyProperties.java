package io.paystream.merchants.apikey;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code paystream.api-keys.*}: the pepper of the keys' HMAC (a secret the edges that check keys share) and the
 * {@code <env>} of {@code psk_<env>_…}.
 */
@ConfigurationProperties("paystream.api-keys")
record ApiKeyProperties(String pepper, String environment) {

    ApiKeyProperties {
        if (pepper == null || pepper.length() < 32) {
            throw new IllegalStateException("paystream.api-keys.pepper must be a secret of at least 32 characters");
        }
        if (environment == null || !environment.matches("[a-z]{2,8}")) {
            throw new IllegalStateException("paystream.api-keys.environment must be 2 to 8 lowercase letters");
        }
    }
}
