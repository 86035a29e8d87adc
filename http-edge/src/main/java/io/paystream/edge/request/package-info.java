/** What every request is checked for before a controller sees it: its id, a readable query, the Idempotency-Key rule. */
package io.paystream.edge.request;
