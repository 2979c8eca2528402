package cn.edu.jsnu.yihuiyipin.support;

import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.*;
import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.Elements.*;
import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.Vars.*;
import static cn.edu.jsnu.yihuiyipin.process.SharedVariables.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import cn.edu.jsnu.yihuiyipin.process.BusinessKey;
import cn.edu.jsnu.yihuiyipin.project.BrandRound;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/** Drives one brand-application instance through steps 1–2 as the unit, the office and the experts would. */
public final class ApplicationSteps {

    private ApplicationSteps() {}

    /** Starts the unit's brand-application in the round on its own, with what brand-round's call activity passes. */
    public static ProcessInstance start(RuntimeService runtimeService, BrandRound round, String unitCode) {
        return runtimeService.startProcessInstanceByKey(
                KEY,
                BusinessKey.ofUnit(round.getYear(), unitCode).toString(),
                Map.of(ROUND_ID.name(), round.getId(), UNIT_CODE.name(), unitCode));
    }

    public static Map<String, Object> application(String name, String category, int budget) {
        Map<String, Object> form = new HashMap<>();
        form.put(PROJECT_NAME.name(), name);
        form.put(CATEGORY.name(), category);
        form.put(LEADER.name(), "负责人");
        form.put(PHONE.name(), "13800000000");
        form.put(FOUNDATION.name(), "多年开展相关活动");
        form.put(GOALS.name(), "形成品牌");
        form.put(PLAN.name(), "按月开展活动");
        form.put(EXPECTED_RESULTS.name(), "活动成果汇编");
        form.put(REQUESTED_BUDGET.name(), budget);
        return form;
    }

    /** Applies, passes the formal check, opens the review, every expert gives {@code perCriterion} per criterion, 立项. */
    public static void applyAndGetApproved(
            ManagementService managementService,
            ProcessInstance application,
            String checkTask,
            Map<String, Object> form,
            int perCriterion) {
        complete(task(TASK_FILL_APPLICATION, application), form);
        complete(task(checkTask, application), withVariables(FORMAL_CHECK_RESULT.name(), FORMAL_CHECK_PASS));
        execute(job(TIMER_REVIEW_PERIOD_OPENS, application));
        execute(job(TASK_ASSIGN_REVIEWERS, application));
        for (Task review : taskQuery()
                .processInstanceId(application.getId())
                .taskDefinitionKey(TASK_EXPERT_REVIEW)
                .list()) {
            complete(
                    review,
                    withVariables(
                            "scorePolitical",
                            perCriterion,
                            "scoreInnovation",
                            perCriterion,
                            "scoreParticipation",
                            perCriterion,
                            "scoreSustainability",
                            perCriterion,
                            "scoreFeasibility",
                            perCriterion,
                            REVIEW_OPINION.name(),
                            "同意"));
        }
        new Jobs(managementService).runAsyncContinuationsUntilNone(application.getId());
        complete(task(TASK_DECIDE_APPROVAL, application), withVariables(DECISION.name(), "APPROVE"));
    }
}
