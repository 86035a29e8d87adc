package io.paystream.edge.request;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a query string strictly: every {@code %} with two hex digits, valid UTF-8, no control characters, every
 * parameter named.
 */
public final class Queries {

    private static final String DECODED = Queries.class.getName() + ".decoded";

    private Queries() {}

    /**
     * The request's query decoded, once per request however many filters ask; {@code null} without a query, an
     * {@link IllegalArgumentException} when it cannot be read.
     */
    public static String decoded(HttpServletRequest request) {
        String query = request.getQueryString();
        if (query == null) {
            return null;
        }
        if (request.getAttribute(DECODED) instanceof String known) {
            return known;
        }
        String decoded = decode(query);
        request.setAttribute(DECODED, decoded);
        return decoded;
    }

    /** The query as its values read ({@code +} a space), or an {@link IllegalArgumentException} saying what is wrong. */
    public static String decode(String query) {
        // Tomcat refuses "=v" (a value without a name) with an exception of its own when the parameters are read.
        for (String parameter : query.split("&")) {
            if (parameter.startsWith("=")) {
                throw new IllegalArgumentException("has a parameter without a name");
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(query.length());
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '%') {
                if (i + 2 >= query.length() || hex(query.charAt(i + 1)) < 0 || hex(query.charAt(i + 2)) < 0) {
                    throw new IllegalArgumentException("has a % that is not followed by two hex digits");
                }
                bytes.write(hex(query.charAt(i + 1)) * 16 + hex(query.charAt(i + 2)));
                i += 2;
            } else {
                bytes.write(c == '+' ? ' ' : c);
            }
        }
        String decoded = utf8(bytes.toByteArray());
        if (decoded.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("contains a control character");
        }
        return decoded;
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            throw new IllegalArgumentException("is not UTF-8 once decoded");
        }
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
