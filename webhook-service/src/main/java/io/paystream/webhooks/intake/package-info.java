/**
 * The lifecycle events from Kafka, each stored once with its webhook body and given one delivery per endpoint of its
 * merchant subscribed to its type, in one statement; an event no endpoint wants is not stored.
 */
package io.paystream.webhooks.intake;
