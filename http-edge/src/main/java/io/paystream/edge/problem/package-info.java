/** RFC 9457 problem+json: one catalogue of types under one base URL, one advice and one filter-side writer. */
package io.paystream.edge.problem;
