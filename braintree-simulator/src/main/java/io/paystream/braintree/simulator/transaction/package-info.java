/** Transactions: sale, capture (full, partial, multi), void, refund, search and settlement over time. */
package io.paystream.braintree.simulator.transaction;
