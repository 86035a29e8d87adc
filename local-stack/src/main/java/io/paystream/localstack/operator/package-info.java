/** Operator commands against a running local stack: {@code ./paystream dlq}. */
package io.paystream.localstack.operator;
