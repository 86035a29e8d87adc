/** {@code /v1/wallet}: the caller's stored payment methods, checked here and vaulted by the wallet service. */
package io.paystream.facade.wallet;
