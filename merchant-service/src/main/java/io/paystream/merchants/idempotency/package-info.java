/** Operators' Idempotency-Keys and their stored answers. */
package io.paystream.merchants.idempotency;
