/** Merchants and their Braintree credentials, sealed at rest; the operator API {@code /v1/admin/merchants}. */
package io.paystream.merchants.merchant;
