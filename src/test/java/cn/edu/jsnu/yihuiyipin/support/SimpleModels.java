package cn.edu.jsnu.yihuiyipin.support;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/** A one-task process for infrastructure tests that must not depend on the programme's models. */
public final class SimpleModels {

    public static final String PROCESS_KEY = "infrastructure-check";
    public static final String TASK_ID = "Task_Check";

    private SimpleModels() {}

    public static void deployOneTaskProcess(RepositoryService repositoryService) {
        BpmnModelInstance model = Bpmn.createExecutableProcess(PROCESS_KEY)
                .camundaHistoryTimeToLive(1)
                .startEvent("StartEvent_Check")
                .userTask(TASK_ID)
                .name("检查")
                .endEvent("EndEvent_Checked")
                .done();
        repositoryService
                .createDeployment()
                .name(PROCESS_KEY)
                .addModelInstance(PROCESS_KEY + ".bpmn", model)
                .enableDuplicateFiltering(true)
                .deploy();
    }
}
