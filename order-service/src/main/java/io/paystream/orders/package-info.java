/** The order service: orders for checkout clients, moved through their lifecycle by payment events. */
package io.paystream.orders;
