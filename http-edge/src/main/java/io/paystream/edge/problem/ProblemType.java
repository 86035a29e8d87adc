package io.paystream.edge.problem;

import java.net.URI;
import org.springframework.http.HttpStatus;

/**
 * One kind of error: a stable {@code type} URI under {@link #BASE} that clients branch on, its status and title
 * (RFC 9457). {@link EdgeProblem} holds the kinds every service shares; a service names its own kinds beside the
 * feature they belong to. docs/decisions.md lists the whole catalogue.
 */
public record ProblemType(String slug, HttpStatus status, String title) {

    /** The base of every Paystream problem type. */
    public static final String BASE = "https://paystream.dev/problems/";

    public URI uri() {
        return URI.create(BASE + slug);
    }
}
