package cn.edu.jsnu.yihuiyipin.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The Camunda Forms in {@code forms/}, as the deployment holds them, read for what each input field
 * declares: the server enforces those declarations itself ({@link FormInputCheck}), since anyone who may
 * complete a task can send any value over REST, whatever the form in the browser allows.
 */
@Component
public class DeployedForms {

    /** Field types whose value a form submits. */
    static final Set<String> INPUT_TYPES = Set.of(
            "textfield", "textarea", "number", "checkbox", "radio", "select", "datetime", "checklist", "taglist");

    private final Map<String, Form> forms;

    DeployedForms() {
        this(resources("classpath*:forms/*.form"));
    }

    DeployedForms(List<Resource> files) {
        Map<String, Form> read = new LinkedHashMap<>();
        ObjectMapper json = new ObjectMapper();
        for (Resource file : files) {
            try (InputStream in = file.getInputStream()) {
                Form form = parse(json.readTree(in));
                read.put(form.id(), form);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read form " + file, e);
            }
        }
        this.forms = Collections.unmodifiableMap(read);
    }

    private static List<Resource> resources(String pattern) {
        try {
            return List.of(new PathMatchingResourcePatternResolver().getResources(pattern));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<Form> form(String id) {
        return Optional.ofNullable(forms.get(id));
    }

    public Map<String, Form> all() {
        return forms;
    }

    /** A form: its id ({@code camunda:formRef}) and its input fields in the order they are shown. */
    public record Form(String id, List<Field> fields) {}

    /**
     * One input field and what it declares.
     *
     * @param hideConditions the FEEL {@code conditional.hide} expressions of the field and of the groups
     *     around it: the field is hidden, and not required, when any of them is true
     * @param values the static choices of a select or radio, empty when it has none
     * @param valuesKey the variable holding a select's choices, when they are not static
     */
    public record Field(
            String key,
            String label,
            String type,
            String subtype,
            boolean readonly,
            boolean required,
            BigDecimal min,
            BigDecimal max,
            Integer minLength,
            Integer maxLength,
            String pattern,
            Integer decimalDigits,
            Set<String> values,
            String valuesKey,
            List<String> hideConditions) {

        public boolean isText() {
            return type.equals("textfield") || type.equals("textarea");
        }

        public boolean isChoice() {
            return type.equals("select") || type.equals("radio");
        }
    }

    static Form parse(JsonNode form) {
        List<Field> fields = new ArrayList<>();
        collect(form.path("components"), List.of(), fields);
        return new Form(form.path("id").asText(), List.copyOf(fields));
    }

    private static void collect(JsonNode components, List<String> hideConditions, List<Field> fields) {
        for (JsonNode component : components) {
            List<String> conditions = new ArrayList<>(hideConditions);
            String hide = component.path("conditional").path("hide").asText(null);
            if (hide != null && !hide.isBlank()) {
                conditions.add(hide);
            }
            String type = component.path("type").asText();
            if (component.has("components")) {
                collect(component.path("components"), conditions, fields);
            }
            if (!INPUT_TYPES.contains(type) || !component.hasNonNull("key")) {
                continue;
            }
            JsonNode validate = component.path("validate");
            Set<String> values = new LinkedHashSet<>();
            component.path("values").forEach(v -> values.add(v.path("value").asText()));
            fields.add(new Field(
                    component.path("key").asText(),
                    label(component),
                    type,
                    component.path("subtype").asText(null),
                    component.path("readonly").asBoolean(false),
                    validate.path("required").asBoolean(false),
                    decimal(validate.path("min")),
                    decimal(validate.path("max")),
                    integer(validate.path("minLength")),
                    integer(validate.path("maxLength")),
                    validate.path("pattern").asText(null),
                    integer(component.path("decimalDigits")),
                    Collections.unmodifiableSet(values),
                    component.path("valuesKey").asText(null),
                    List.copyOf(conditions)));
        }
    }

    private static String label(JsonNode component) {
        for (String name : List.of("label", "dateLabel", "timeLabel")) {
            String label = component.path(name).asText("");
            if (!label.isBlank()) {
                return label.replaceAll("（[^（）]*[0-9–-][^（）]*）$", "").trim();
            }
        }
        return component.path("key").asText();
    }

    private static BigDecimal decimal(JsonNode node) {
        return node.isNumber() ? node.decimalValue() : null;
    }

    private static Integer integer(JsonNode node) {
        return node.isNumber() ? node.intValue() : null;
    }
}
