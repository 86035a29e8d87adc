/** The order aggregate, its lifecycle rules, its table and its HTTP API. */
package io.paystream.orders.order;
