package cn.edu.jsnu.yihuiyipin.cultivation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.edu.jsnu.yihuiyipin.process.VariableNames;
import cn.edu.jsnu.yihuiyipin.review.AcceptanceCriterion;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The forms of steps 3–5 against the rules Tasklist 7.24 and the process impose. */
class CultivationFormsTest {

    private static final Set<String> ALLOWED_TYPES =
            Set.of("textfield", "textarea", "number", "select", "checkbox", "text", "group");

    private static Set<String> processVariables() {
        Set<String> names = new HashSet<>(VariableNames.all());
        Arrays.stream(AcceptanceCriterion.values())
                .map(AcceptanceCriterion::variable)
                .forEach(names::add);
        return names;
    }

    private static void collect(JsonNode components, List<JsonNode> into) {
        for (JsonNode component : components) {
            into.add(component);
            if (component.has("components")) {
                collect(component.get("components"), into);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"progress-report", "guidance", "acceptance-summary", "acceptance-review", "award-confirmation"})
    void formFollowsTheConventions(String id) throws IOException {
        JsonNode form = new ObjectMapper().readTree(Files.readString(Path.of("forms", id + ".form")));
        assertThat(form.get("id").asText()).isEqualTo(id);
        assertThat(form.get("schemaVersion").asInt()).isEqualTo(12);
        assertThat(form.get("executionPlatform").asText()).isEqualTo("Camunda Platform");
        assertThat(form.get("executionPlatformVersion").asText()).isEqualTo("7.24.0");
        assertThat(form.get("type").asText()).isEqualTo("default");

        List<JsonNode> components = new ArrayList<>();
        collect(form.get("components"), components);
        assertThat(components).extracting(c -> c.get("type").asText()).allMatch(ALLOWED_TYPES::contains);
        assertThat(components).extracting(c -> c.get("id").asText()).doesNotHaveDuplicates();
        Set<String> variables = processVariables();
        assertThat(components)
                .filteredOn(c -> c.has("key"))
                .extracting(c -> c.get("key").asText())
                .isNotEmpty()
                .allMatch(variables::contains, "a process variable declared in cn.edu.jsnu.yihuiyipin.process");
        assertThat(components)
                .filteredOn(c -> c.has("valuesKey"))
                .extracting(c -> c.get("valuesKey").asText())
                .allMatch(variables::contains);
    }
}
