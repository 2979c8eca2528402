package cn.edu.jsnu.yihuiyipin.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.JsonSchema;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Proves {@link ElementTemplates}' checks on src/test/resources/model-fixtures/element-templates:
 * broken-templates.json breaks the schema; valid-templates.json matches it but binds a bean that does not
 * exist and repeats a template id.
 */
class ElementTemplateFixtureTest {

    private static final Path FIXTURES = Path.of("src/test/resources/model-fixtures/element-templates");
    private static final Path BROKEN = FIXTURES.resolve("broken-templates.json");
    private static final Path VALID = FIXTURES.resolve("valid-templates.json");
    private static final Set<String> BEANS =
            ModelConventions.componentBeanNames(Path.of("src/test/resources/model-fixtures/java"));

    private final JsonSchema schema = ElementTemplates.schema();

    @Test
    void schemaErrors_nameTheTemplateAndWhatIsWrong() {
        List<String> violations = ElementTemplates.schemaViolations(schema, BROKEN);

        assertThat(violations)
                .anySatisfy(v -> assertThat(v).contains("broken-templates.json", "fixture.NoAppliesTo", "appliesTo"))
                .anySatisfy(v -> assertThat(v).contains("fixture.WrongBinding", "binding"));
    }

    @Test
    void wellFormedTemplates_matchTheSchema() {
        assertThat(ElementTemplates.schemaViolations(schema, VALID)).isEmpty();
    }

    @Test
    void delegateExpressionWithoutAComponent_isNamed() {
        assertThat(ElementTemplates.templatesWithoutComponent(List.of(VALID), BEANS))
                .singleElement()
                .asString()
                .contains("fixture.AssignReviewers", "${asignReviewersDelegate}", "AsignReviewersDelegate");
    }

    @Test
    void componentWithoutATemplate_isNamed() {
        assertThat(ElementTemplates.delegatesWithoutTemplate(List.of(VALID), BEANS))
                .isEmpty();
        assertThat(ElementTemplates.delegatesWithoutTemplate(List.of(BROKEN), BEANS))
                .singleElement()
                .asString()
                .contains("FixtureSaveDelegate", "${fixtureSaveDelegate}");
    }

    @Test
    void repeatedTemplateId_isNamed() {
        assertThat(ElementTemplates.duplicateIds(List.of(VALID)))
                .singleElement()
                .asString()
                .contains("fixture.SaveApplication v1");
    }
}
