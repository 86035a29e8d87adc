/** Who may manage a merchant's webhooks: its keys with {@code webhooks:manage}. */
package io.paystream.webhooks.security;
