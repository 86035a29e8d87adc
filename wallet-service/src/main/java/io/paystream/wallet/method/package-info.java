/** Stored payment methods: adding from a nonce, the one default, deletion from the vault, the internal lookup. */
package io.paystream.wallet.method;
