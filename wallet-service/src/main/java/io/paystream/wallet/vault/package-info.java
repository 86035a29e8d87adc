/** The port to Braintree's vault and its braintree-java adapter. */
package io.paystream.wallet.vault;
