/** JWTs from the Paystream issuer with audience {@code paystream-api}; payments scopes per method. */
package io.paystream.orchestrator.security;
