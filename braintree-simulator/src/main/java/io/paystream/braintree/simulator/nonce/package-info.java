/** Payment method nonces: the sandbox's fixed fake nonces, single-use minted ones, and the instruments behind them. */
package io.paystream.braintree.simulator.nonce;
