/** Who may call what: JWTs from the Paystream issuer with audience {@code paystream-api}, and scopes per endpoint. */
package io.paystream.wallet.security;
