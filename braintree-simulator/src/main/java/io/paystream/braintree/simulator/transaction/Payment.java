package io.paystream.braintree.simulator.transaction;

import io.paystream.braintree.simulator.nonce.Instrument;

/**
 * What a sale pays with: the instrument, its vault token and owner when vaulted, and the nonce to consume when one
 * was given.
 */
record Payment(Instrument instrument, String token, String customerId, String nonce) {}
