package cn.edu.jsnu.yihuiyipin.round;

import static org.assertj.core.api.Assertions.*;

import cn.edu.jsnu.yihuiyipin.process.BrandRoundProcess;
import java.io.File;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * 核定建设经费 and 评选表彰 write a whole round's money and awards at once, so each runs in a job and a
 * transaction of its own: a node that dies in the middle leaves the job to be run again from the start
 * (after its lock expires) and nothing half-written; a step that fails for an outside reason is retried
 * three times, five minutes apart, and then shows as an incident in Cockpit. The crash itself is
 * tested on MariaDB by {@code cluster.ReliabilityIT}.
 */
class RoundJobBoundariesTest {

    private static final BpmnModelInstance MODEL = Bpmn.readModelFromFile(new File("bpmn/brand-round.bpmn"));

    @ParameterizedTest
    @ValueSource(
            strings = {BrandRoundProcess.Elements.TASK_ALLOCATE_FUNDING, BrandRoundProcess.Elements.TASK_RANK_AWARDS})
    void runsInAJobOfItsOwnWithRetries(String taskId) {
        ServiceTask task = MODEL.getModelElementById(taskId);

        assertThat(task.isCamundaAsyncBefore())
                .as("%s starts a job of its own", taskId)
                .isTrue();
        assertThat(task.getExtensionElements()
                        .getElementsQuery()
                        .filterByType(CamundaFailedJobRetryTimeCycle.class)
                        .singleResult()
                        .getTextContent())
                .isEqualTo("R3/PT5M");
    }
}
