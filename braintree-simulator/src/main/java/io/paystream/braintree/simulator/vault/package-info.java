/** The vault: customers and the payment methods stored for them from nonces. */
package io.paystream.braintree.simulator.vault;
