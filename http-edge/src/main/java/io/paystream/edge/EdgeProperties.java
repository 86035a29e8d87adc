package io.paystream.edge;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** {@code paystream.edge.*}: the limits every service's edge applies alike. */
@ConfigurationProperties("paystream.edge")
public record EdgeProperties(@DefaultValue("32KB") DataSize maxBodyBytes) {}
