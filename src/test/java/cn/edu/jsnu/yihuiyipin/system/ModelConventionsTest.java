package cn.edu.jsnu.yihuiyipin.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Checks every model in bpmn/ and every form in forms/ against the designers' conventions
 * ({@link ModelConventions}); one test per check and file, so a red build names both. Plain JUnit: no
 * Spring context, no engine. Dynamic tests, because an empty bpmn/ (a branch before the models land)
 * must give no tests rather than an error. {@link ModelConventionsFixtureTest} proves each check on
 * deliberately broken files.
 */
class ModelConventionsTest {

    static final Path BPMN = Path.of("bpmn");
    static final Path FORMS = Path.of("forms");
    static final Path MAIN_SOURCES = Path.of("src/main/java");
    // surefire runs after compile, so the constants classes of the processes are there
    static final Path MAIN_CLASSES = Path.of("target/classes");

    @TestFactory
    Stream<DynamicTest> everyElementIsDrawn() {
        return perModel("every flow node and flow is drawn", ModelConventions::missingDiagramElements);
    }

    @TestFactory
    Stream<DynamicTest> everyUserTaskHasAFormAndSomeoneToDoIt() {
        return perModel("user tasks have a form and an assignment", ModelConventions::userTasksWithoutFormOrAssignment);
    }

    @TestFactory
    Stream<DynamicTest> everyUserTaskHasADueDate() {
        return perModel("user tasks have a due date", ModelConventions::userTasksWithoutDueDate);
    }

    @TestFactory
    Stream<DynamicTest> everyFormRefNamesAFormInFormsFolder() {
        return perModel("formRefs exist in forms/", bpmn -> ModelConventions.missingForms(bpmn, FORMS));
    }

    @TestFactory
    Stream<DynamicTest> everyFormFieldIsAProcessVariable() {
        Set<String> known = ModelConventions.knownVariables(ModelConventions.files(BPMN, ".bpmn"), MAIN_CLASSES);
        return ModelConventions.files(FORMS, ".form").stream()
                .map(form -> dynamicTest(
                        "form fields are process variables: " + form.getFileName(),
                        () -> assertNoViolations(ModelConventions.unknownFormFieldKeys(form, known))));
    }

    @TestFactory
    Stream<DynamicTest> everyDelegateExpressionNamesAComponent() {
        Set<String> beans = ModelConventions.componentBeanNames(MAIN_SOURCES);
        return perModel(
                "delegateExpressions name @Component beans",
                bpmn -> ModelConventions.unknownDelegateBeans(bpmn, beans));
    }

    @TestFactory
    Stream<DynamicTest> everyProcessHasAHistoryTimeToLive() {
        return perModel("processes have historyTimeToLive", ModelConventions::missingHistoryTimeToLive);
    }

    @TestFactory
    Stream<DynamicTest> noGeneratedIds() {
        return perModel("ids are stable, not generated", ModelConventions::generatedIds);
    }

    private static Stream<DynamicTest> perModel(String check, Function<Path, List<String>> violations) {
        return ModelConventions.files(BPMN, ".bpmn").stream()
                .map(bpmn -> dynamicTest(
                        check + ": " + bpmn.getFileName(), () -> assertNoViolations(violations.apply(bpmn))));
    }

    static void assertNoViolations(List<String> violations) {
        assertThat(violations)
                .withFailMessage(() -> violations.size() + " violation(s):\n  " + String.join("\n  ", violations))
                .isEmpty();
    }
}
