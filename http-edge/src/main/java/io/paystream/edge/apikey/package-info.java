/**
 * API keys at the edge (ARCHITECTURE §11): a bearer {@code psk_…} is checked against a copy of the keys' hashes kept
 * fresh from merchant-service's change feed, so no request pays a remote call and a revocation holds within seconds.
 */
package io.paystream.edge.apikey;
