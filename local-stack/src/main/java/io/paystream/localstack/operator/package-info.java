/**
 * Operator commands against a running local stack: {@code ./paystream dlq}, {@code ./paystream rotate-kek}, and the
 * local merchants the stack sets up at start.
 */
package io.paystream.localstack.operator;
