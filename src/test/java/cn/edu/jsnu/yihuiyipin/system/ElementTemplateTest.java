package cn.edu.jsnu.yihuiyipin.system;

import com.networknt.schema.JsonSchema;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static cn.edu.jsnu.yihuiyipin.system.ModelConventionsTest.assertNoViolations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * The element templates in .camunda/element-templates (which Camunda Modeler offers in "Select template")
 * must match Camunda's element-templates schema, and their delegates must exist as Spring beans.
 * {@link ElementTemplateFixtureTest} proves each check on broken templates.
 */
class ElementTemplateTest {

    static final Path TEMPLATES = Path.of(".camunda/element-templates");

    private final List<Path> files = ModelConventions.files(TEMPLATES, ".json");
    private final Set<String> beans = ModelConventions.componentBeanNames(ModelConventionsTest.MAIN_SOURCES);

    @Test
    void templatesExist() {
        assertThat(files).as("element template files in " + TEMPLATES).isNotEmpty();
    }

    @TestFactory
    Stream<DynamicTest> everyTemplateFileMatchesTheSchema() {
        JsonSchema schema = ElementTemplates.schema();
        return files.stream().map(file -> dynamicTest("matches the element-templates schema: " + file.getFileName(),
                () -> assertNoViolations(ElementTemplates.schemaViolations(schema, file))));
    }

    @Test
    void templateIdsAreUnique() {
        assertNoViolations(ElementTemplates.duplicateIds(files));
    }

    /**
     * Enforced once any `*Delegate` component exists under src/main/java: before that (a branch without
     * the delegates) it is skipped, and the skip reason lists the templates still waiting for their class.
     */
    @Test
    void everyDelegateTemplateNamesAComponent() {
        List<String> missing = ElementTemplates.templatesWithoutComponent(files, beans);
        assumeTrue(beans.stream().anyMatch(bean -> bean.endsWith("Delegate")),
                () -> "no @Component *Delegate under src/main/java yet; templates without a class:\n  "
                        + String.join("\n  ", missing));
        assertNoViolations(missing);
    }

    @Test
    void everyDelegateComponentHasATemplate() {
        assertNoViolations(ElementTemplates.delegatesWithoutTemplate(files, beans));
    }
}
