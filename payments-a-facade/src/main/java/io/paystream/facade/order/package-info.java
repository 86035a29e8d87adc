/** {@code /v1/orders}: orders checked here and kept by the order service. */
package io.paystream.facade.order;
