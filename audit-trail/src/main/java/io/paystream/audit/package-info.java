/** The audit trail's hash chain: entries, their canonical form and seal, the chain's head, and its verifier. */
package io.paystream.audit;
