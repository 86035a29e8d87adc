package io.paystream.braintree.simulator.http;

import io.paystream.braintree.simulator.xml.XmlNode;
import io.paystream.braintree.simulator.xml.XmlWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes an {@code api-error-response}: nested errors by object, the request echoed as {@code params}, the message. */
final class ApiErrorXml {

    private ApiErrorXml() {}

    static String write(ApiErrorResponse response, XmlNode request) {
        XmlWriter xml = new XmlWriter().open("api-error-response").open("errors");
        write(xml, tree(response.errors()));
        xml.close().open("params");
        if (!request.isEmpty()) {
            xml.copy(request);
        }
        xml.close().element("message", response.getMessage());
        response.writeRecord(xml);
        return xml.close().toString();
    }

    private static ErrorObject tree(List<ValidationError> errors) {
        ErrorObject root = new ErrorObject();
        for (ValidationError error : errors) {
            ErrorObject node = root;
            for (String object : error.path()) {
                node = node.children.computeIfAbsent(object, name -> new ErrorObject());
            }
            node.errors.add(error);
        }
        return root;
    }

    /** Inside an {@code errors} (or object) element: its own error list, then one element per nested object. */
    private static void write(XmlWriter xml, ErrorObject object) {
        xml.openArray("errors");
        for (ValidationError error : object.errors) {
            xml.open("error")
                    .element("code", error.code())
                    .typed("attribute", "symbol", error.attribute())
                    .element("message", error.message())
                    .close();
        }
        xml.close();
        object.children.forEach((name, child) -> {
            xml.open(name);
            write(xml, child);
            xml.close();
        });
    }

    private static final class ErrorObject {
        private final List<ValidationError> errors = new ArrayList<>();
        private final Map<String, ErrorObject> children = new LinkedHashMap<>();
    }
}
