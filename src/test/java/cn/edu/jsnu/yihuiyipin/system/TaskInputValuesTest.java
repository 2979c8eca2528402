package cn.edu.jsnu.yihuiyipin.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

/** The completed task's values are read as the check asks for them, and the check still sees every text. */
class TaskInputValuesTest {

    private static final List<String> PANEL = List.of("expert-1", "expert-2");

    private final DelegateTask task = mock(DelegateTask.class);

    TaskInputValuesTest() {
        VariableMap typed = Variables.createVariables()
                .putValue("opinion", "同意")
                .putValue("longText", "长".repeat(ProcessText.MAX_VARIABLE_LENGTH + 1))
                .putValueTyped(
                        "reviewers",
                        Variables.serializedObjectValue("[\"expert-1\",\"expert-2\"]")
                                .serializationDataFormat(Variables.SerializationDataFormats.JSON)
                                .objectTypeName("java.util.ArrayList")
                                .create());
        when(task.getVariablesTyped(false)).thenReturn(typed);
        when(task.getVariableTyped("reviewers", true))
                .thenReturn(Variables.objectValue(PANEL).create());
    }

    @Test
    void deserialisesAnObjectOnlyWhenAskedAndOnce() {
        TaskInputValues values = new TaskInputValues(task);

        assertThat(values.get("opinion")).isEqualTo("同意");
        assertThat(values.mayBeText("opinion")).isTrue();
        assertThat(values.mayBeText("reviewers")).isFalse();
        assertThat(values.containsKey("reviewers")).isTrue();
        assertThat(values.get("missing")).isNull();
        verify(task, never()).getVariableTyped("reviewers", true);

        assertThat(values.get("reviewers")).isEqualTo(PANEL);
        assertThat(values.get("reviewers")).isEqualTo(PANEL);
        verify(task, times(1)).getVariableTyped("reviewers", true);
        assertThat(values).hasSize(3).containsEntry("reviewers", PANEL);
    }

    @Test
    void overlongTextIsRefusedWithoutDeserialisingTheObjects() {
        DeployedForms forms = mock(DeployedForms.class);
        when(forms.form("none")).thenReturn(Optional.empty());

        assertThatThrownBy(() -> new FormInputCheck(forms).check("none", new TaskInputValues(task)))
                .isInstanceOf(InvalidTaskInputException.class)
                .hasMessageContaining("提交的“longText”有 4001 字");
        verify(task, never()).getVariableTyped("reviewers", true);
    }
}
