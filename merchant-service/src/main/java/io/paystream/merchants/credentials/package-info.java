/** Handing sealed credentials to the services that open them, and re-wrapping them after a key rotation. */
package io.paystream.merchants.credentials;
