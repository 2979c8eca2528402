package cn.edu.jsnu.yihuiyipin.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Proves that each of {@link ModelConventions}' checks catches its problem, on the deliberately broken
 * models and forms in src/test/resources/model-fixtures/broken (one problem per file), and that the
 * well-formed model in model-fixtures/valid passes all of them. The fixtures live outside bpmn/ and
 * forms/ so they are never deployed.
 */
class ModelConventionsFixtureTest {

    private static final Path FIXTURES = Path.of("src/test/resources/model-fixtures");
    private static final Path VALID = FIXTURES.resolve("valid");
    private static final Path BROKEN = FIXTURES.resolve("broken");
    private static final Path GOOD_MODEL = VALID.resolve("fixture-good.bpmn");
    // holds FixtureSaveDelegate.java, annotated @Component
    private static final Path FIXTURE_SOURCES = FIXTURES.resolve("java");
    // holds the compiled FixtureProcess constants class
    private static final Path TEST_CLASSES = Path.of("target/test-classes");

    @Test
    void wellFormedModelAndFormPassEveryCheck() {
        Set<String> beans = ModelConventions.componentBeanNames(FIXTURE_SOURCES);
        Set<String> known = ModelConventions.knownVariables(List.of(GOOD_MODEL), TEST_CLASSES);

        assertThat(ModelConventions.missingDiagramElements(GOOD_MODEL)).isEmpty();
        assertThat(ModelConventions.userTasksWithoutFormOrAssignment(GOOD_MODEL))
                .isEmpty();
        assertThat(ModelConventions.userTasksWithoutDueDate(GOOD_MODEL)).isEmpty();
        assertThat(ModelConventions.missingForms(GOOD_MODEL, VALID)).isEmpty();
        assertThat(ModelConventions.unknownFormFieldKeys(VALID.resolve("fixture-application.form"), known))
                .isEmpty();
        assertThat(ModelConventions.unknownDelegateBeans(GOOD_MODEL, beans)).isEmpty();
        assertThat(ModelConventions.missingHistoryTimeToLive(GOOD_MODEL)).isEmpty();
        assertThat(ModelConventions.generatedIds(GOOD_MODEL)).isEmpty();
    }

    @Test
    void shapeAndEdgeMissingFromTheDiagram_areNamed() {
        assertThat(ModelConventions.missingDiagramElements(BROKEN.resolve("no-diagram.bpmn")))
                .satisfiesExactly(
                        v -> assertThat(v)
                                .contains(
                                        "no-diagram.bpmn",
                                        "serviceTask \"Task_SaveApplication\"",
                                        "(保存申报表)",
                                        "has no BPMNShape"),
                        v -> assertThat(v)
                                .contains(
                                        "sequenceFlow \"Flow_ToDecision\"",
                                        "Task_SaveApplication → Gateway_Applies",
                                        "has no BPMNEdge"));
    }

    @Test
    void userTaskWithoutFormAndAssignment_getsBothMessages() {
        assertThat(ModelConventions.userTasksWithoutFormOrAssignment(BROKEN.resolve("user-task-unassigned.bpmn")))
                .satisfiesExactly(
                        v -> assertThat(v)
                                .contains("userTask \"Task_FillApplication\"", "has no form", "camunda:formRef"),
                        v -> assertThat(v)
                                .contains(
                                        "userTask \"Task_FillApplication\"",
                                        "has nobody to do it",
                                        "candidate groups"));
    }

    @Test
    void userTaskWithoutDueDate_isNamed() {
        assertThat(ModelConventions.userTasksWithoutDueDate(BROKEN.resolve("user-task-unassigned.bpmn")))
                .singleElement()
                .satisfies(v -> assertThat(v)
                        .contains("userTask \"Task_FillApplication\"", "has no due date", "camunda:dueDate"));
    }

    @Test
    void formRefToAFormThatDoesNotExist_isNamed() {
        assertThat(ModelConventions.missingForms(BROKEN.resolve("missing-form.bpmn"), VALID))
                .singleElement()
                .asString()
                .contains("Task_FillApplication", "\"fixture-no-such-form\"", "[fixture-application]");
    }

    @Test
    void formFieldWithATypo_isNotAKnownVariable() {
        Set<String> known = ModelConventions.knownVariables(List.of(GOOD_MODEL), TEST_CLASSES);

        assertThat(ModelConventions.unknownFormFieldKeys(BROKEN.resolve("unknown-field.form"), known))
                .singleElement()
                .asString()
                .contains("unknown-field.form", "fixture-unknown-field", "\"contactNmae\"", "textfield");
    }

    @Test
    void knownVariables_comeFromExpressionsAndConstantsClasses() {
        assertThat(ModelConventions.knownVariables(List.of(GOOD_MODEL), TEST_CLASSES))
                // ${unitGroup}, ${applies}, ${!applies}: from the model's expressions
                .contains("unitGroup", "applies", "fixtureSaveDelegate")
                // from FixtureProcess' constants only
                .contains("projectName", "contactName", "fixture-good")
                .doesNotContain("execution", "true");
    }

    @Test
    void delegateExpressionsWithoutAComponent_areNamedWithTheirElement() {
        Set<String> beans = ModelConventions.componentBeanNames(FIXTURE_SOURCES);

        assertThat(beans).containsExactly("fixtureSaveDelegate");
        assertThat(ModelConventions.unknownDelegateBeans(BROKEN.resolve("unknown-delegate.bpmn"), beans))
                .satisfiesExactlyInAnyOrder(
                        v -> assertThat(v)
                                .contains(
                                        "\"Task_FillApplication\"",
                                        "camunda:taskListener",
                                        "${deadlineListener}",
                                        "DeadlineListener"),
                        v -> assertThat(v)
                                .contains(
                                        "\"Task_SaveApplication\"",
                                        "${saveApplicatonDelegate}",
                                        "SaveApplicatonDelegate"));
    }

    @Test
    void processWithoutHistoryTimeToLive_isNamed() {
        assertThat(ModelConventions.missingHistoryTimeToLive(BROKEN.resolve("no-history-ttl.bpmn")))
                .singleElement()
                .asString()
                .contains("process \"fixture-no-history-ttl\"", "historyTimeToLive");
    }

    @Test
    void generatedIds_areNamed() {
        assertThat(ModelConventions.generatedIds(BROKEN.resolve("generated-ids.bpmn")))
                .hasSize(3)
                .anySatisfy(v -> assertThat(v).contains("\"Activity_0k3x9zq\"", "(填报申报表)"))
                .anySatisfy(v -> assertThat(v).contains("\"Gateway_1\""))
                .anySatisfy(v -> assertThat(v).contains("\"Flow_1abcdef\""));
    }

    @Test
    void generatedIdPattern_spareStableIds() {
        assertThat(List.of(
                        "Activity_0k3x9zq",
                        "Flow_1n2b3c4",
                        "UserTask_1",
                        "StartEvent_1",
                        "Process_1",
                        "Gateway_12",
                        "sequenceFlow_8e3c2a10-1f2b-4c3d-9e8f-0a1b2c3d4e5f"))
                .allMatch(id -> ModelConventions.GENERATED_ID.matcher(id).find());
        assertThat(List.of(
                        "Task_ExpertReview",
                        "Gateway_Approved",
                        "Flow_ApprovedYes",
                        "EndEvent_Awarded",
                        "Task_approve",
                        "brand-application",
                        "Timer_Deadline",
                        "Task_ReviewQ1"))
                .noneMatch(id -> ModelConventions.GENERATED_ID.matcher(id).find());
    }
}
