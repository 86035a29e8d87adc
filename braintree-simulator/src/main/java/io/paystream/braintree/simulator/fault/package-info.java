/** Faults armed through the admin API and applied to the next matching gateway requests. */
package io.paystream.braintree.simulator.fault;
