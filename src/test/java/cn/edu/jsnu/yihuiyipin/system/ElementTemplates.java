package cn.edu.jsnu.yihuiyipin.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks of the element templates in .camunda/element-templates, as functions returning violations
 * (empty = fine), so that {@link ElementTemplateFixtureTest} can prove them on broken files.
 */
final class ElementTemplates {

    /**
     * Camunda's element-templates JSON schema (draft-07), copied from the npm package
     * `@camunda/element-templates-json-schema` at the version pinned in package.json, so this test needs no
     * node_modules. Update both together.
     */
    static final String SCHEMA_RESOURCE = "/element-templates-schema.json";

    private static final Pattern BEAN_NAME = Pattern.compile("^\\s*[$#]\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}\\s*$");

    private ElementTemplates() {}

    static JsonSchema schema() {
        try (InputStream in = ElementTemplates.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(SCHEMA_RESOURCE + " is missing from the test resources");
            }
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Schema errors of one template file (a template or an array of them), with where they are. */
    static List<String> schemaViolations(JsonSchema schema, Path file) {
        JsonNode templates = ModelConventions.readJson(file);
        Set<ValidationMessage> messages = schema.validate(templates);
        // the root's "one of: a template or an array of them" failure only repeats the specific errors below it
        boolean specific = messages.stream()
                .anyMatch(m -> !"$".equals(m.getInstanceLocation().toString()));
        List<String> violations = new ArrayList<>();
        for (ValidationMessage message : messages) {
            String location = message.getInstanceLocation().toString();
            if (!specific || !"$".equals(location)) {
                violations.add(
                        file.getFileName() + " " + templateAt(templates, location) + ": " + message.getMessage());
            }
        }
        return violations;
    }

    /** Templates are told apart by id and version: a duplicate hides one of them in Modeler. */
    static List<String> duplicateIds(List<Path> files) {
        Map<String, Path> seen = new LinkedHashMap<>();
        List<String> violations = new ArrayList<>();
        for (Path file : files) {
            for (JsonNode template : templates(file)) {
                String key = template.path("id").asText() + " v"
                        + template.path("version").asText("-");
                Path earlier = seen.putIfAbsent(key, file);
                if (earlier != null) {
                    violations.add(file.getFileName() + ": template " + key + " is also defined in "
                            + earlier.getFileName() + ": give it another id or a higher version");
                }
            }
        }
        return violations;
    }

    /** Bean name of each template's `camunda:delegateExpression` binding, keyed by "file: template id". */
    static Map<String, String> delegateBeans(List<Path> files) {
        Map<String, String> beans = new TreeMap<>();
        for (Path file : files) {
            for (JsonNode template : templates(file)) {
                for (JsonNode property : template.path("properties")) {
                    JsonNode binding = property.path("binding");
                    if ("property".equals(binding.path("type").asText())
                            && "camunda:delegateExpression"
                                    .equals(binding.path("name").asText())) {
                        Matcher bean = BEAN_NAME.matcher(property.path("value").asText());
                        beans.put(
                                file.getFileName() + ": " + template.path("id").asText(),
                                bean.matches()
                                        ? bean.group(1)
                                        : property.path("value").asText());
                    }
                }
            }
        }
        return beans;
    }

    /** Templates whose delegateExpression names no @Component class under the source root. */
    static List<String> templatesWithoutComponent(List<Path> files, Set<String> beanNames) {
        List<String> violations = new ArrayList<>();
        delegateBeans(files).forEach((template, bean) -> {
            if (!beanNames.contains(bean)) {
                violations.add(template + " binds ${" + bean + "} but there is no @Component class "
                        + ModelConventions.capitalise(bean) + " under src/main/java: fix the template's "
                        + "delegateExpression or write the delegate");
            }
        });
        return violations;
    }

    /** @Component classes named *Delegate that no template offers to the designers. */
    static List<String> delegatesWithoutTemplate(List<Path> files, Set<String> beanNames) {
        Set<String> templated = Set.copyOf(delegateBeans(files).values());
        List<String> violations = new ArrayList<>();
        for (String bean : beanNames) {
            if (bean.endsWith("Delegate") && !templated.contains(bean)) {
                violations.add("@Component " + ModelConventions.capitalise(bean) + " has no element template: add one "
                        + "to .camunda/element-templates/yihui-yipin-delegates.json binding ${" + bean + "}");
            }
        }
        return violations;
    }

    static List<JsonNode> templates(Path file) {
        JsonNode root = ModelConventions.readJson(file);
        List<JsonNode> templates = new ArrayList<>();
        if (root.isArray()) {
            root.forEach(templates::add);
        } else {
            templates.add(root);
        }
        return templates;
    }

    private static String templateAt(JsonNode templates, String instanceLocation) {
        // "$[3].properties[1]" or "$.properties[1]": name the template the error is in
        Matcher index = Pattern.compile("^\\$\\[(\\d+)]").matcher(instanceLocation);
        JsonNode template = index.find() ? templates.path(Integer.parseInt(index.group(1))) : templates;
        return "template \"" + template.path("id").asText("?") + "\" ("
                + template.path("name").asText("?") + ") at " + instanceLocation;
    }
}
