package io.paystream.braintree.simulator.http;

import java.time.Instant;

/**
 * One gateway request as the simulator saw it: its operation ({@code unsupported} for calls the simulator does not model), the HTTP status
 * answered (0 when the connection was closed unanswered) and the fault applied, if any.
 */
public record RecordedRequest(Instant at, String operation, String method, String path, int status, String fault) {}
