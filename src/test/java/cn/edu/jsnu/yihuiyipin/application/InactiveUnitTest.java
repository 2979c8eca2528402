package cn.edu.jsnu.yihuiyipin.application;

import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.Elements.*;
import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.Vars.*;
import static org.assertj.core.api.Assertions.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import cn.edu.jsnu.yihuiyipin.project.BrandRound;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatus;
import cn.edu.jsnu.yihuiyipin.support.ApplicationSteps;
import cn.edu.jsnu.yihuiyipin.support.ProcessScenarioTest;
import cn.edu.jsnu.yihuiyipin.unit.GrassrootsUnit;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A unit's 停用 flag holds during the round, not only when the round opens. */
class InactiveUnitTest extends ProcessScenarioTest {

    private static final String UNIT = "wxy-gh";

    @AfterEach
    void reactivate() {
        setActive(true);
    }

    private void setActive(boolean active) {
        GrassrootsUnit unit = units.findByCode(UNIT).orElseThrow();
        unit.setActive(active);
        units.save(unit);
    }

    @Test
    void aUnitStoppedAfterTheRoundOpenedCannotApply_butMayDeclareNotApplying() {
        BrandRound round = newRound(new java.math.BigDecimal("100000"));
        ProcessInstance pi = ApplicationSteps.start(runtimeService, round, UNIT);
        setActive(false);
        Task fill = task(TASK_FILL_APPLICATION, pi);

        assertThatThrownBy(() ->
                        taskService.complete(fill.getId(), ApplicationSteps.application("教工读书会", "CULTURE", 10000)))
                .hasMessageContaining("文学院分工会已停用，不能提交本年度申报");
        assertThat(taskQuery().taskId(fill.getId()).count())
                .as("the task stays open")
                .isEqualTo(1);

        complete(fill, withVariables(NOT_APPLYING.name(), true));
        assertThat(pi).isEnded().hasPassed(END_NOT_APPLYING);
        assertThat(project(round.getId(), UNIT).getStatus()).isEqualTo(ProjectStatus.NOT_APPLYING);
    }
}
