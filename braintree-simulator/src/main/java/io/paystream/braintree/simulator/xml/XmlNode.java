package io.paystream.braintree.simulator.xml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * One element of a request body, looked up by normalised name: the SDK mixes {@code camelCase}, {@code dashed} and
 * {@code snake_case} names, so lookups ignore case, dashes and underscores.
 */
public final class XmlNode {

    private static final XmlNode EMPTY = new XmlNode("", "", List.of());

    private final String name;
    private final String text;
    private final List<XmlNode> children;

    private XmlNode(String name, String text, List<XmlNode> children) {
        this.name = name;
        this.text = text;
        this.children = children;
    }

    /** The root element of {@code body}, or an empty node for an empty body (bodyless PUTs and POSTs are legal). */
    public static XmlNode parse(byte[] body) {
        if (new String(body, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
            return EMPTY;
        }
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            factory.setNamespaceAware(false);
            Element root = factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(body))
                    .getDocumentElement();
            return of(root);
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalArgumentException("Request body is not well-formed XML: " + e.getMessage(), e);
        }
    }

    private static XmlNode of(Element element) {
        List<XmlNode> children = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            switch (child.getNodeType()) {
                case Node.ELEMENT_NODE -> children.add(of((Element) child));
                case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> text.append(child.getNodeValue());
                default -> {}
            }
        }
        return new XmlNode(element.getTagName(), text.toString().trim(), List.copyOf(children));
    }

    /** The element name as sent. */
    public String name() {
        return name;
    }

    /** The trimmed text content; empty when there is none. */
    public String text() {
        return text;
    }

    public boolean isEmpty() {
        return children.isEmpty() && text.isEmpty();
    }

    public List<XmlNode> children() {
        return children;
    }

    /** The first child called {@code name} (normalised), if any. */
    public Optional<XmlNode> child(String name) {
        String wanted = normalise(name);
        return children.stream().filter(c -> normalise(c.name).equals(wanted)).findFirst();
    }

    /** The node at a slash-separated {@code path} of normalised names, if every step exists. */
    public Optional<XmlNode> at(String path) {
        Optional<XmlNode> node = Optional.of(this);
        for (String step : path.split("/")) {
            node = node.flatMap(n -> n.child(step));
        }
        return node;
    }

    /** The text at {@code path}, or null when the element is absent or empty. */
    public String text(String path) {
        return at(path).map(XmlNode::text).filter(t -> !t.isEmpty()).orElse(null);
    }

    /** True only when the element at {@code path} holds {@code true}, as the SDK writes booleans. */
    public boolean flag(String path) {
        return "true".equalsIgnoreCase(text(path));
    }

    /** Texts of the children of the element at {@code path} (the SDK's {@code type="array"} lists). */
    public List<String> items(String path) {
        return at(path).map(n -> n.children.stream().map(XmlNode::text).toList())
                .orElse(List.of());
    }

    static String normalise(String name) {
        return name.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
    }
}
