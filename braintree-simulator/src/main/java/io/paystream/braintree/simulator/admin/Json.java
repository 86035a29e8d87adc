package io.paystream.braintree.simulator.admin;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Just enough JSON for the admin API: writes maps, lists and scalars; reads one flat object of scalars. */
final class Json {

    private Json() {}

    static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(out, value);
        return out.toString();
    }

    private static void write(StringBuilder out, Object value) {
        switch (value) {
            case null -> out.append("null");
            case Map<?, ?> map -> {
                out.append('{');
                String separator = "";
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    out.append(separator);
                    string(out, entry.getKey().toString());
                    out.append(':');
                    write(out, entry.getValue());
                    separator = ",";
                }
                out.append('}');
            }
            case List<?> list -> {
                out.append('[');
                for (int i = 0; i < list.size(); i++) {
                    out.append(i == 0 ? "" : ",");
                    write(out, list.get(i));
                }
                out.append(']');
            }
            case BigDecimal amount -> string(out, amount.toPlainString()); // amounts as strings, never floats
            case Number number -> out.append(number);
            case Boolean bool -> out.append(bool);
            case Instant instant -> string(out, instant.toString());
            default -> string(out, value.toString());
        }
    }

    private static void string(StringBuilder out, String value) {
        out.append('"');
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** Reads {@code {"name": "text" | number | true | false | null, ...}}; anything nested is refused. */
    static Map<String, Object> readFlatObject(String text) {
        Reader reader = new Reader(text.isBlank() ? "{}" : text);
        Map<String, Object> object = new LinkedHashMap<>();
        reader.expect('{');
        if (!reader.skip('}')) {
            do {
                String name = reader.string();
                reader.expect(':');
                object.put(name, reader.scalar());
            } while (reader.skip(','));
            reader.expect('}');
        }
        reader.end();
        return object;
    }

    private static final class Reader {
        private final String text;
        private int at;

        private Reader(String text) {
            this.text = text;
        }

        private char peek() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
            if (at == text.length()) {
                throw new IllegalArgumentException("unexpected end of JSON");
            }
            return text.charAt(at);
        }

        private void expect(char c) {
            if (peek() != c) {
                throw new IllegalArgumentException("expected '" + c + "' at " + at);
            }
            at++;
        }

        private boolean skip(char c) {
            if (peek() == c) {
                at++;
                return true;
            }
            return false;
        }

        private String string() {
            expect('"');
            StringBuilder value = new StringBuilder();
            while (text.charAt(at) != '"') {
                char c = text.charAt(at++);
                value.append(c == '\\' ? text.charAt(at++) : c);
            }
            at++;
            return value.toString();
        }

        private Object scalar() {
            char c = peek();
            if (c == '"') {
                return string();
            }
            int start = at;
            while (at < text.length() && ",} \t\r\n".indexOf(text.charAt(at)) < 0) {
                at++;
            }
            String token = text.substring(start, at);
            return switch (token) {
                case "true" -> true;
                case "false" -> false;
                case "null" -> null;
                default -> {
                    try {
                        yield new BigDecimal(token);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("not a JSON scalar: " + token);
                    }
                }
            };
        }

        private void end() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
            if (at != text.length()) {
                throw new IllegalArgumentException("trailing characters after JSON object");
            }
        }
    }
}
