package cn.edu.jsnu.yihuiyipin.materials;

import cn.edu.jsnu.yihuiyipin.people.Roles;
import cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess;
import cn.edu.jsnu.yihuiyipin.process.BrandCultivationProcess;
import cn.edu.jsnu.yihuiyipin.process.BusinessKey;
import cn.edu.jsnu.yihuiyipin.process.SharedVariables;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;

/**
 * A stand-in for brand-cultivation's 验收评审 and brand-application's 专家评审 of one union unit's project:
 * only the task keys, the business key and the assignees count for who sees the materials, so a whole
 * year need not be driven to get there. The experts must be on the union panel (the review rule).
 */
final class AcceptanceReviewStandIn {

    private static final String PROCESS = "materials-test-reviews";

    private AcceptanceReviewStandIn() {}

    /** Starts the stand-in; returns its process instance id, for the test to delete afterwards. */
    static String start(
            RepositoryService repositoryService,
            RuntimeService runtimeService,
            int year,
            String unitCode,
            String acceptanceExpert,
            String approvalExpert) {
        repositoryService
                .createDeployment()
                .name(PROCESS)
                .addModelInstance(
                        PROCESS + ".bpmn",
                        Bpmn.createExecutableProcess(PROCESS)
                                .camundaHistoryTimeToLive(1)
                                .startEvent("StartEvent_Reviews")
                                .parallelGateway("Gateway_Fork")
                                .userTask(BrandCultivationProcess.Elements.TASK_ACCEPTANCE_REVIEW)
                                .camundaAssignee("${acceptanceExpert}")
                                .endEvent("EndEvent_Acceptance")
                                .moveToNode("Gateway_Fork")
                                .userTask(BrandApplicationProcess.Elements.TASK_EXPERT_REVIEW)
                                .camundaAssignee("${approvalExpert}")
                                .endEvent("EndEvent_Approval")
                                .done())
                .enableDuplicateFiltering(true)
                .deploy();
        return runtimeService
                .startProcessInstanceByKey(
                        PROCESS,
                        BusinessKey.ofUnit(year, unitCode).toString(),
                        Map.of(
                                SharedVariables.EXPERT_GROUP.name(),
                                Roles.EXPERTS_UNION,
                                SharedVariables.UNIT_GROUP.name(),
                                "unit-" + unitCode,
                                "acceptanceExpert",
                                acceptanceExpert,
                                "approvalExpert",
                                approvalExpert))
                .getId();
    }
}
