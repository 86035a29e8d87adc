/** The facade (ARCHITECTURE §3): token, scope, request shape and rate checked here, the work done behind. */
package io.paystream.facade;
