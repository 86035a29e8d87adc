package io.paystream.testsupport.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Requests to a service's routes, each spoiled in one to three ways drawn from a seeded random: its method, path,
 * query, content type, body, headers or credentials. The same seed gives the same requests, so a failure found once
 * can be replayed.
 */
public final class MalformedRequests {

    /** A well-formed request to spoil: {@code body} is JSON, or null for a route without one. */
    public record Route(String method, String path, String body) {}

    /** One request as it goes on the wire; {@link #bytes} adds Host, Content-Length and Connection. */
    public record Request(String method, String target, Map<String, String> headers, byte[] body) {

        byte[] bytes(String host) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            StringBuilder head = new StringBuilder()
                    .append(method)
                    .append(' ')
                    .append(target)
                    .append(" HTTP/1.1\r\nHost: ")
                    .append(host)
                    .append("\r\n");
            headers.forEach((name, value) ->
                    head.append(name).append(": ").append(value).append("\r\n"));
            head.append("Content-Length: ").append(body.length).append("\r\nConnection: close\r\n\r\n");
            out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
            out.writeBytes(body);
            return out.toByteArray();
        }

        /** What was sent, short enough for a failure message. */
        public String describe() {
            String shownBody = new String(body, 0, Math.min(body.length, 160), StandardCharsets.UTF_8);
            return method + " " + abbreviate(target) + " " + abbreviated(headers) + " body=" + shownBody
                    + (body.length > 160 ? "…(" + body.length + " bytes)" : "");
        }

        private static Map<String, String> abbreviated(Map<String, String> headers) {
            Map<String, String> shown = new LinkedHashMap<>();
            headers.forEach((name, value) -> shown.put(name, name.equals("Authorization") ? "<…>" : abbreviate(value)));
            return shown;
        }

        private static String abbreviate(String text) {
            return text.length() > 120 ? text.substring(0, 120) + "…(" + text.length() + ")" : text;
        }
    }

    private static final List<String> METHODS =
            List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "HEAD", "FOO", "get", "M-SEARCH");
    private static final List<String> PATH_JUNK = List.of(
            "/%ZZ",
            "/%00",
            "/%2e%2e%2f%2e%2e",
            "/" + "a".repeat(300),
            "/%E2%82%AC",
            ";jsessionid=x",
            "//x",
            "/.",
            "/%C3%28",
            "/4111111111111111",
            "/x%20y",
            "/%");
    private static final List<String> QUERIES = List.of(
            "orderId=%ZZ",
            "orderId=%00",
            "orderId=%C3%28",
            "orderId=" + "o".repeat(2000),
            "orderId=a&orderId=b",
            "=",
            "&&&",
            "orderId=4111+1111+1111+1111",
            "%",
            "a=%G1",
            "orderId=ord_%0Ax",
            "orderId=%7B%7D",
            "orderId=" + "%F0%9F%92%B3");
    private static final List<String> CONTENT_TYPES = List.of(
            "text/plain",
            "multipart/form-data; boundary=zz",
            "multipart/form-data",
            "application/x-www-form-urlencoded",
            "application/xml",
            "application/json; charset=ISO-8859-1",
            ";;",
            "application/json; charset=nope",
            "*/*",
            "application/problem+json",
            "application/json; boundary=\"",
            "json");
    private static final List<String> BODIES = List.of(
            "",
            "{",
            "[]",
            "null",
            "\"x\"",
            "1",
            "{\"amount\":",
            "{\"amount\":1e999}",
            "{\"amount\":-1}",
            "{\"amount\":9223372036854775808}",
            "{\"amount\":\"ten\",\"currency\":12}",
            "[".repeat(3000),
            "{\"nickname\":\"" + "n".repeat(40_000) + "\"}",
            "{\"nonce\":\"4111 1111 1111 1111\"}",
            "{\"a\":1,\"a\":2}",
            "{\"nickname\":\"\\uD800\"}",
            "{\"items\":\"x\",\"billingAddress\":[]}",
            "{\"type\":\"CARD\",\"nonce\":\"\\u0000\"}",
            "{\"orderId\":{},\"amount\":[],\"currency\":null}",
            "{\"makeDefault\":\"yes\"}",
            "{\"amount\":0.5}",
            "{\"decision\":\"MAYBE\"}",
            "\u0000");
    private static final List<String> IDEMPOTENCY_KEYS = List.of("", "k".repeat(256), "ключ", "a\tb", " ");
    private static final List<String> PREFERENCES = List.of("wait=abc", "wait=99", "wait", ";;;", "wait=1, wait=2");
    private static final List<String> ACCEPTS =
            List.of("application/xml", "text/html", "garbage", "application/json;q=0", "image/png");
    private static final List<String> AUTHORIZATIONS =
            List.of("Bearer", "Bearer x.y.z", "Basic YTpi", "Bearer %TOKEN%x", "bearer %TOKEN%", "Bearer  ");

    private final Random random;
    private final List<Route> routes;
    private final String token;
    private final List<Consumer<Draft>> defects = List.of(
            draft -> draft.method = pick(METHODS),
            draft -> draft.path += pick(PATH_JUNK),
            draft -> draft.query = pick(QUERIES),
            draft -> draft.headers.put("Content-Type", pick(CONTENT_TYPES)),
            draft -> draft.headers.remove("Content-Type"),
            draft -> draft.body = pick(BODIES).getBytes(StandardCharsets.UTF_8),
            draft -> draft.body = randomBytes(),
            draft -> draft.body = withNul(draft.body),
            draft -> draft.body = "{\"nickname\":\"\u00c3\u0028\"}".getBytes(StandardCharsets.ISO_8859_1),
            draft -> draft.headers.put("Idempotency-Key", pick(IDEMPOTENCY_KEYS)),
            draft -> draft.headers.remove("Idempotency-Key"),
            draft -> draft.headers.put("Prefer", pick(PREFERENCES)),
            draft -> draft.headers.put("Accept", pick(ACCEPTS)),
            draft -> draft.authorize(pick(AUTHORIZATIONS)),
            draft -> draft.headers.remove("Authorization"),
            draft -> draft.headers.put("X-Request-Id", "x".repeat(500)),
            draft -> draft.headers.put("X-Filler", "f".repeat(20_000)));

    public MalformedRequests(long seed, List<Route> routes, String token) {
        this.random = new Random(seed);
        this.routes = List.copyOf(routes);
        this.token = token;
    }

    /** The next request: a route with one to three defects. */
    public Request next() {
        Draft draft = new Draft(routes.get(random.nextInt(routes.size())));
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            pick(defects).accept(draft);
        }
        return draft.request();
    }

    private <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    private byte[] randomBytes() {
        byte[] bytes = new byte[1 + random.nextInt(200)];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] withNul(byte[] body) {
        String json = new String(body, StandardCharsets.UTF_8);
        int quote = json.indexOf(":\"");
        return (quote < 0
                        ? "{\"orderId\":\"\\u0000\"}"
                        : json.substring(0, quote + 2) + "\\u0000" + json.substring(quote + 2))
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A request being spoiled. */
    private final class Draft {

        String method;
        String path;
        String query;
        byte[] body;
        final Map<String, String> headers = new LinkedHashMap<>();

        Draft(Route route) {
            method = route.method();
            int question = route.path().indexOf('?');
            path = question < 0 ? route.path() : route.path().substring(0, question);
            query = question < 0 ? null : route.path().substring(question + 1);
            body = route.body() == null ? new byte[0] : route.body().getBytes(StandardCharsets.UTF_8);
            authorize("Bearer %TOKEN%");
            if (route.body() != null) {
                headers.put("Content-Type", "application/json");
            }
            if (method.equals("POST")) {
                headers.put("Idempotency-Key", "fuzz-" + random.nextLong());
            }
        }

        void authorize(String scheme) {
            headers.put("Authorization", scheme.replace("%TOKEN%", token));
        }

        Request request() {
            return new Request(method, query == null ? path : path + "?" + query, Map.copyOf(headers), body);
        }
    }

    /** Every request {@code count} times over, for a test that reports all it found. */
    public List<Request> take(int count) {
        List<Request> requests = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            requests.add(next());
        }
        return requests;
    }
}
