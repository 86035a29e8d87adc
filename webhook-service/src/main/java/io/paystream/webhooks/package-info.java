/**
 * The webhook service (ARCHITECTURE §14): {@code endpoint} keeps each merchant's endpoints and their signing secrets,
 * {@code intake} turns each lifecycle event from Kafka into one delivery per subscribed endpoint, {@code delivery}
 * signs and sends them (Standard Webhooks) and retries them for about three days.
 */
package io.paystream.webhooks;
