/** The gateway's HTTP surface: routing under {@code /merchants/{id}}, Basic auth, faults and error answers. */
package io.paystream.braintree.simulator.http;
