package io.paystream.edge.security;

import io.paystream.edge.problem.EdgeProblem;
import io.paystream.edge.problem.ProblemException;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Lets a controller method take the calling {@link Customer} or, where an API key may call too, the {@link Caller} as
 * a parameter, resolved from the verified token or key. A route that takes a {@code Customer} is a shopper's only: a
 * key there is a 403.
 */
public final class CustomerArguments implements HandlerMethodArgumentResolver {

    private final Customers customers;

    public CustomerArguments(Customers customers) {
        this.customers = customers;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Customer.class || parameter.getParameterType() == Caller.class;
    }

    @Override
    public Caller resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer container,
            NativeWebRequest request,
            WebDataBinderFactory binders) {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller != null && caller.getPrincipal() instanceof ApiKeyCaller key) {
            if (parameter.getParameterType() == Customer.class) {
                throw new ProblemException(
                        EdgeProblem.CUSTOMER_TOKEN_REQUIRED,
                        "An API key acts for its merchant, not for a shopper; this needs the shopper's own token");
            }
            return key;
        }
        if (caller == null || !(caller.getPrincipal() instanceof Jwt token)) {
            throw new IllegalStateException("a Customer parameter on a route that is not for a shopper's token");
        }
        return customers.of(token);
    }
}
