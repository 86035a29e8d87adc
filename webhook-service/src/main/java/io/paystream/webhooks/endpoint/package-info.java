/**
 * A merchant's webhook endpoints (ARCHITECTURE §14), managed with its key's {@code webhooks:manage}: where each of its
 * event types goes, the URL rules that keep deliveries off private networks, and the signing secrets, sealed at rest.
 */
package io.paystream.webhooks.endpoint;
