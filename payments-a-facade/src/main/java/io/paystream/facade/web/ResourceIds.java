package io.paystream.facade.web;

import io.paystream.edge.problem.EdgeProblem;
import io.paystream.edge.problem.ProblemException;
import java.util.regex.Pattern;

/** Identifiers in paths ({@code ord_…}, {@code pm_…}, {@code pay_…}): opaque, but of a shape that is safe to forward. */
public final class ResourceIds {

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{1,100}");

    private ResourceIds() {}

    /** A 404 without asking anyone behind when the id cannot name anything. */
    public static void requireWellFormed(String id) {
        if (!SHAPE.matcher(id).matches()) {
            throw new ProblemException(EdgeProblem.NOT_FOUND, "No such resource");
        }
    }
}
