/** The shapes that cross process boundaries: SQS jobs, Kafka events, their names, and Money. */
package io.paystream.contracts;
