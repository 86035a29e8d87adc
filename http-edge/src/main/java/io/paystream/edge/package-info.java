/** The HTTP edge every Paystream service has alike, auto-configured by {@link io.paystream.edge.EdgeAutoConfiguration}. */
package io.paystream.edge;
