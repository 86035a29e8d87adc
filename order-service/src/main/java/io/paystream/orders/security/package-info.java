/** The OAuth 2.0 resource server: JWTs from the IdP with audience paystream-api, scopes per endpoint. */
package io.paystream.orders.security;
