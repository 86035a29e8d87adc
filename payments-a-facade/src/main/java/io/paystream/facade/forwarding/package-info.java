/** Relays a checked request to the service that owns it and passes its answer back, hiding the services' failures. */
package io.paystream.facade.forwarding;
