package io.paystream.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.ContextCustomizerFactories;

/**
 * The one entry point to real servers in tests: starts the requested servers once per JVM, injects them
 * as test method or constructor parameters, and points a Spring test context at them ({@code
 * spring.datasource.*}, {@code spring.kafka.bootstrap-servers}, {@code spring.cloud.aws.*}, {@code
 * spring.security.oauth2.resourceserver.jwt.*}).
 *
 * <pre>{@code
 * @RealServers(value = {POSTGRES, OAUTH}, database = "wallet")
 * @SpringBootTest
 * class WalletIntegrationTests { ... }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(RealServersExtension.class)
@ContextCustomizerFactories(RealServersContextCustomizerFactory.class)
public @interface RealServers {

    /** The servers this test needs; all of them unless narrowed. */
    Server[] value() default {Server.POSTGRES, Server.KAFKA, Server.SQS, Server.OAUTH};

    /** The service's own database on the shared PostgreSQL server. */
    String database() default "paystream";
}
