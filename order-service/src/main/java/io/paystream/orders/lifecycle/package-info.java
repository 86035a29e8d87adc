/** Payment events to order transitions: inbox de-duplication, parking of early events, anomalies, the sweep. */
package io.paystream.orders.lifecycle;
