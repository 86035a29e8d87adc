package io.paystream.edge.security;

import org.springframework.security.core.AuthenticationException;

/**
 * The credentials could not be checked at all right now (their source is out of reach): a 503 with Retry-After, not
 * a 401 that would tell the client its credentials are bad.
 */
public class CheckUnavailable extends AuthenticationException {

    public CheckUnavailable(String message) {
        super(message);
    }
}
