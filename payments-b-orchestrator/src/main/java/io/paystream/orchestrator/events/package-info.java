/** The platform's outcome events, recorded on their payments exactly once. */
package io.paystream.orchestrator.events;
