/** Executing jobs at most once per operation: claim, call the gateway, record the outcome; and reconciling the rest. */
package io.paystream.platform.execution;
