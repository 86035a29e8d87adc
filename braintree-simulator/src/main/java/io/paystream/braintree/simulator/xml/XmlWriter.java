package io.paystream.braintree.simulator.xml;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;

/**
 * Writes response XML the way the gateway does: dashed names, {@code nil="true"} for absent values (never an empty
 * element, which the SDK cannot parse as a number or date) and second-precision UTC datetimes.
 */
public final class XmlWriter {

    private static final DateTimeFormatter DATETIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    private final StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    private final Deque<String> open = new ArrayDeque<>();

    public XmlWriter open(String name) {
        out.append('<').append(name).append('>');
        open.push(name);
        return this;
    }

    /** Opens a list element, marked as the gateway marks them. */
    public XmlWriter openArray(String name) {
        out.append('<').append(name).append(" type=\"array\">");
        open.push(name);
        return this;
    }

    public XmlWriter close() {
        out.append("</").append(open.pop()).append('>');
        return this;
    }

    /** A text element, or a nil one when {@code value} is null. */
    public XmlWriter element(String name, String value) {
        if (value == null) {
            return nil(name);
        }
        out.append('<').append(name).append('>');
        escape(value);
        out.append("</").append(name).append('>');
        return this;
    }

    public XmlWriter element(String name, BigDecimal value) {
        return element(name, value == null ? null : value.toPlainString());
    }

    public XmlWriter typed(String name, String type, String value) {
        if (value == null) {
            return nil(name);
        }
        out.append('<').append(name).append(" type=\"").append(type).append("\">");
        escape(value);
        out.append("</").append(name).append('>');
        return this;
    }

    public XmlWriter bool(String name, boolean value) {
        return typed(name, "boolean", Boolean.toString(value));
    }

    public XmlWriter integer(String name, long value) {
        return typed(name, "integer", Long.toString(value));
    }

    public XmlWriter datetime(String name, Instant value) {
        return typed(name, "datetime", value == null ? null : DATETIME.format(value.truncatedTo(ChronoUnit.SECONDS)));
    }

    public XmlWriter nil(String name) {
        out.append('<').append(name).append(" nil=\"true\"/>");
        return this;
    }

    /** A list of {@code item} elements, as the gateway writes id lists. */
    public XmlWriter items(String name, Collection<String> values) {
        openArray(name);
        values.forEach(value -> element("item", value));
        return close();
    }

    /** Copies a request element (names as sent), as the gateway echoes the request under {@code params}. */
    public XmlWriter copy(XmlNode node) {
        if (node.children().isEmpty()) {
            return node.text().isEmpty() ? nil(node.name()) : element(node.name(), node.text());
        }
        open(node.name());
        node.children().forEach(this::copy);
        return close();
    }

    @Override
    public String toString() {
        if (!open.isEmpty()) {
            throw new IllegalStateException("Unclosed elements: " + open);
        }
        return out.toString();
    }

    private void escape(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> out.append(c);
            }
        }
    }
}
