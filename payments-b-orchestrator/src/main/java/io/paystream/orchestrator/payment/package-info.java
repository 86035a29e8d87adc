/** The payment aggregate, its operations and amount rules, and the API that changes it. */
package io.paystream.orchestrator.payment;
