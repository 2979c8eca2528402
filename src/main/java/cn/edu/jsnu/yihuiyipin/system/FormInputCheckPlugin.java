package cn.edu.jsnu.yihuiyipin.system;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.form.StartFormData;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.form.FormDefinition;
import org.camunda.bpm.engine.impl.form.handler.StartFormHandler;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Applies {@link FormInputCheck} wherever a user submits a form: every user task when it is completed,
 * before the model's own listeners run, and every start form when it is submitted (Tasklist's *Start
 * process*, REST's {@code submit-form}), before the process starts. A forged value is refused with a
 * 400 while the task stays open, and nothing is written. A process started through the API without its
 * form (the yearly timer, the demo) is not a form submission and is not checked here.
 */
@Component
class FormInputCheckPlugin extends AbstractProcessEnginePlugin {

    // looked up when a form is submitted: beans are not all ready while the engine is being built
    private final ObjectProvider<FormInputCheck> check;

    FormInputCheckPlugin(ObjectProvider<FormInputCheck> check) {
        this.check = check;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        UserTaskListeners.addToEveryUserTask(configuration, this::checkTask, TaskListener.EVENTNAME_COMPLETE);
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
                FormDefinition form = processDefinition.getStartFormDefinition();
                Expression formRef = form == null ? null : form.getCamundaFormDefinitionKey();
                if (formRef != null && processDefinition.getStartFormHandler() != null) {
                    processDefinition.setStartFormHandler(
                            new CheckedStartForm(processDefinition.getStartFormHandler(), formRef.getExpressionText()));
                }
            }
        });
    }

    private void checkTask(DelegateTask task) {
        UserTask userTask = task.getBpmnModelElementInstance();
        String formId = userTask == null ? null : userTask.getCamundaFormRef();
        check.getObject().check(formId, new TaskInputValues(task));
    }

    /** The start form's handler, which the engine calls with exactly what the user submitted. */
    private final class CheckedStartForm implements StartFormHandler {

        private final StartFormHandler handler;
        private final String formId;

        CheckedStartForm(StartFormHandler handler, String formId) {
            this.handler = handler;
            this.formId = formId;
        }

        @Override
        public StartFormData createStartFormData(ProcessDefinitionEntity processDefinition) {
            return handler.createStartFormData(processDefinition);
        }

        @Override
        public void parseConfiguration(
                Element activityElement,
                DeploymentEntity deployment,
                ProcessDefinitionEntity processDefinition,
                BpmnParse bpmnParse) {
            handler.parseConfiguration(activityElement, deployment, processDefinition, bpmnParse);
        }

        @Override
        public void submitFormVariables(VariableMap properties, VariableScope variableScope) {
            check.getObject().check(formId, properties);
            handler.submitFormVariables(properties, variableScope);
        }
    }
}
