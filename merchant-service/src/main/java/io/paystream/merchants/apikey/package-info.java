/**
 * API keys for a merchant's own servers: issued once, kept as a keyed hash, revoked; the change feed the edges keep
 * their copy from.
 */
package io.paystream.merchants.apikey;
