/** The payment platform service: SQS jobs in, Braintree calls, Kafka events out. */
package io.paystream.platform;
