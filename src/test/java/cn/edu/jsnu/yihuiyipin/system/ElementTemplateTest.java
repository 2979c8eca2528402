package cn.edu.jsnu.yihuiyipin.system;

import static cn.edu.jsnu.yihuiyipin.system.ModelConventionsTest.assertNoViolations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.networknt.schema.JsonSchema;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

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
        return files.stream()
                .map(file -> dynamicTest(
                        "matches the element-templates schema: " + file.getFileName(),
                        () -> assertNoViolations(ElementTemplates.schemaViolations(schema, file))));
    }

    @Test
    void templateIdsAreUnique() {
        assertNoViolations(ElementTemplates.duplicateIds(files));
    }

    /**
     * Delegates whose template is ready but whose class is not on this branch yet (they are written on the
     * cultivation branch). Each must go from this list as soon as its class lands: the test below fails
     * both for a missing class not listed here and for a listed class that now exists.
     */
    static final Set<String> AWAITED_DELEGATES = Set.of();

    @Test
    void everyDelegateTemplateNamesAComponent() {
        Set<String> templated = Set.copyOf(ElementTemplates.delegateBeans(files).values());
        List<String> violations = new ArrayList<>(ElementTemplates.templatesWithoutComponent(files, beans).stream()
                .filter(violation ->
                        AWAITED_DELEGATES.stream().noneMatch(bean -> violation.contains("${" + bean + "}")))
                .toList());
        AWAITED_DELEGATES.stream()
                .filter(beans::contains)
                .sorted()
                .forEach(bean ->
                        violations.add(bean + " exists now: remove it from ElementTemplateTest.AWAITED_DELEGATES"));
        AWAITED_DELEGATES.stream()
                .filter(bean -> !templated.contains(bean))
                .sorted()
                .forEach(
                        bean -> violations.add(
                                bean
                                        + " is awaited but no template binds it: remove it from ElementTemplateTest.AWAITED_DELEGATES"));
        assertNoViolations(violations);
    }

    @Test
    void everyDelegateComponentHasATemplate() {
        assertNoViolations(ElementTemplates.delegatesWithoutTemplate(files, beans));
    }
}
