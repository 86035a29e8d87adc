/**
 * Load shedding: a bound on the API requests one facade instance serves at once; the one over it is answered 503 with
 * Retry-After at once instead of queueing until the client gives up.
 */
package io.paystream.facade.overload;
