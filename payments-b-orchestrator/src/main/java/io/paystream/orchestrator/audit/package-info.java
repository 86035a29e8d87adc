/** The audit trail (ARCHITECTURE §12): drafts written with what they record, chained per merchant, read and verified. */
package io.paystream.orchestrator.audit;
