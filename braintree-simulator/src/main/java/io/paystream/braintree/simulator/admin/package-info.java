/** The admin API under {@code /admin}: faults, settlement on demand, the simulator's own records, reset. */
package io.paystream.braintree.simulator.admin;
