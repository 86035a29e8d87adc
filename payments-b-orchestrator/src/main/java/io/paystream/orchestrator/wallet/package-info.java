/** The port to the wallet service's internal lookup, with the orchestrator's own client-credentials token. */
package io.paystream.orchestrator.wallet;
