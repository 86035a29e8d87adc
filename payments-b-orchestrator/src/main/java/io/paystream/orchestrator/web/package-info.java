/** RFC 9457 problem+json answers, one stable {@code type} per kind of refusal. */
package io.paystream.orchestrator.web;
