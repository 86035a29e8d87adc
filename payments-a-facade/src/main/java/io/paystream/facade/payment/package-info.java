/** {@code /v1/payments}: approvals, deposits, reversals and refunds, checked here and decided by the orchestrator. */
package io.paystream.facade.payment;
