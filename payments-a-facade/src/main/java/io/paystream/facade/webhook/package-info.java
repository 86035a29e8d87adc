/** {@code /v1/webhook-endpoints} and {@code /v1/webhook-deliveries}: a merchant key's, forwarded to the webhook service. */
package io.paystream.facade.webhook;
