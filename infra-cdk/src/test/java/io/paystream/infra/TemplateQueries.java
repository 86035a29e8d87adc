package io.paystream.infra;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import software.amazon.awscdk.assertions.Template;

/** Plain-Java views of a synthesized template, for the checks {@code Match} patterns cannot express. */
final class TemplateQueries {

    private TemplateQueries() {}

    /** The properties of every resource of a type, keyed by logical id. */
    @SuppressWarnings("unchecked")
    static Map<String, Map<String, Object>> properties(Template template, String type) {
        Map<String, Map<String, Object>> result = new java.util.TreeMap<>();
        template.findResources(type)
                .forEach((id, resource) ->
                        result.put(id, (Map<String, Object>) resource.getOrDefault("Properties", Map.of())));
        return result;
    }

    /** Every IAM action granted by the inline policies attached to roles whose logical id starts with a prefix. */
    static TreeSet<String> actionsOfRole(Template template, String rolePrefix) {
        TreeSet<String> actions = new TreeSet<>();
        for (Map<String, Object> policy :
                properties(template, "AWS::IAM::Policy").values()) {
            if (!attachedTo(policy, rolePrefix)) {
                continue;
            }
            for (Map<String, Object> statement : statements(policy)) {
                actions.addAll(strings(statement.get("Action")));
            }
        }
        return actions;
    }

    /**
     * Every IAM action that the inline policies attached to roles whose logical id starts with a prefix grant on a
     * resource whose rendering (a literal, a Ref, an import) contains {@code resourceFragment}.
     */
    static TreeSet<String> actionsOfRoleOn(Template template, String rolePrefix, String resourceFragment) {
        TreeSet<String> actions = new TreeSet<>();
        for (Map<String, Object> policy :
                properties(template, "AWS::IAM::Policy").values()) {
            if (!attachedTo(policy, rolePrefix)) {
                continue;
            }
            for (Map<String, Object> statement : statements(policy)) {
                if (String.valueOf(statement.get("Resource")).contains(resourceFragment)) {
                    actions.addAll(strings(statement.get("Action")));
                }
            }
        }
        return actions;
    }

    /** The definition of the container with this name, from whichever task definition holds it. */
    static Map<String, Object> container(Template template, String name) {
        return properties(template, "AWS::ECS::TaskDefinition").values().stream()
                .flatMap(task -> list(task.get("ContainerDefinitions")).stream())
                .map(TemplateQueries::map)
                .filter(container -> name.equals(container.get("Name")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no container " + name));
    }

    /** A container's plain environment ({@code Environment}) or ECS secrets ({@code Secrets}), name to value. */
    static Map<String, Object> variables(Map<String, Object> container, String kind) {
        Map<String, Object> variables = new java.util.TreeMap<>();
        for (Object variable : list(container.get(kind))) {
            Map<String, Object> entry = map(variable);
            variables.put((String) entry.get("Name"), entry.get(kind.equals("Secrets") ? "ValueFrom" : "Value"));
        }
        return variables;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> statements(Map<String, Object> policy) {
        Map<String, Object> document = (Map<String, Object>) policy.get("PolicyDocument");
        return (List<Map<String, Object>>) document.get("Statement");
    }

    @SuppressWarnings("unchecked")
    static List<String> strings(Object value) {
        if (value == null) {
            return List.of();
        }
        return value instanceof List<?> list ? (List<String>) list : List.of((String) value);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    /** A list, or an empty one for an absent property. */
    @SuppressWarnings("unchecked")
    static List<Object> list(Object value) {
        return value == null ? List.of() : (List<Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static boolean attachedTo(Map<String, Object> policy, String rolePrefix) {
        List<Object> roles = (List<Object>) policy.getOrDefault("Roles", List.of());
        List<String> names = new ArrayList<>();
        for (Object role : roles) {
            if (role instanceof Map<?, ?> ref && ref.get("Ref") instanceof String id) {
                names.add(id);
            }
        }
        return names.stream().anyMatch(id -> id.startsWith(rolePrefix));
    }
}
