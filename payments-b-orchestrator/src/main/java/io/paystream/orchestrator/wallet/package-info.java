/**
 * The port to the wallet service: its internal lookup with the orchestrator's own client-credentials token, and the
 * stored methods remembered from it while the wallet's removals are heard.
 */
package io.paystream.orchestrator.wallet;
