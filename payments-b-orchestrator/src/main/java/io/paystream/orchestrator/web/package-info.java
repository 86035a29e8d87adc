/** What the orchestrator adds to the edge's problem answers, and its clock. */
package io.paystream.orchestrator.web;
