package io.paystream.facade.ratelimit;

import io.micrometer.core.instrument.MeterRegistry;
import io.paystream.edge.problem.ProblemResponses;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The rate limit filter, placed in the security chain by the security configuration and nowhere else. */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

    @Bean
    RateLimitFilter rateLimitFilter(TokenBuckets buckets, ProblemResponses problems, MeterRegistry meters) {
        return new RateLimitFilter(buckets, problems, meters);
    }

    /** Not a servlet filter of its own: it needs the authenticated caller, which only exists inside the chain. */
    @Bean
    FilterRegistrationBean<RateLimitFilter> rateLimitFilterNotInTheServletChain(RateLimitFilter filter) {
        FilterRegistrationBean<RateLimitFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }
}
