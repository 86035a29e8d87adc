package io.paystream.edge;

import io.paystream.contracts.DefaultMerchant;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code paystream.edge.*}: the limits every service's edge applies alike. {@code defaultMerchant} is whom a shopper's
 * token acts for when it has no {@code merchant_id} claim (tokens of storefront clients from before merchants); empty
 * refuses such tokens with 403 {@code merchant-unknown}, as a deployment with several storefronts should.
 */
@ConfigurationProperties("paystream.edge")
public record EdgeProperties(
        @DefaultValue("32KB") DataSize maxBodyBytes,
        @DefaultValue(DefaultMerchant.ID) String defaultMerchant) {}
