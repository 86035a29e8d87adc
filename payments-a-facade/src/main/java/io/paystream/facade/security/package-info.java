/** Who may call what: JWTs from the Paystream issuer with audience {@code paystream-api}, and a scope per endpoint. */
package io.paystream.facade.security;
