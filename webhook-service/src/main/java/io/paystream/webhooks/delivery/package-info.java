/**
 * Deliveries (ARCHITECTURE §14): each signed as Standard Webhooks says, sent with no redirects and only to public
 * addresses, retried on the schedule of §14 with jitter and {@code Retry-After}, every attempt recorded; a few at a
 * time per endpoint, so a slow endpoint never holds up another's. Shown, resent and recovered through the API.
 */
package io.paystream.webhooks.delivery;
