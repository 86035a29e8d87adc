package io.paystream.braintree.simulator.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One gateway endpoint: method, path pattern after {@code /merchants/{id}} ({@code {x}} matches one segment), the
 * operation it is and what answers it.
 */
public record Route(
        String method, String pattern, Operation operation, Function<GatewayRequest, GatewayReply> handler) {

    /** The path variables if {@code method} and {@code path} match this route. */
    Optional<List<String>> match(String requestMethod, String path) {
        if (!method.equals(requestMethod)) {
            return Optional.empty();
        }
        String[] expected = pattern.substring(1).split("/");
        String[] actual = path.startsWith("/") ? path.substring(1).split("/", -1) : new String[0];
        if (expected.length != actual.length) {
            return Optional.empty();
        }
        List<String> variables = new ArrayList<>();
        for (int i = 0; i < expected.length; i++) {
            if (expected[i].startsWith("{")) {
                if (actual[i].isEmpty()) {
                    return Optional.empty();
                }
                variables.add(actual[i]);
            } else if (!expected[i].equals(actual[i])) {
                return Optional.empty();
            }
        }
        return Optional.of(List.copyOf(variables));
    }
}
