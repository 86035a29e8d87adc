/** The wallet service: customers' stored payment methods, vaulted in Braintree. */
package io.paystream.wallet;
