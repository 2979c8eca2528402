package cn.edu.jsnu.yihuiyipin.cultivation;

import static cn.edu.jsnu.yihuiyipin.process.BrandCultivationProcess.Elements.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import cn.edu.jsnu.yihuiyipin.process.BrandCultivationProcess.Vars;
import cn.edu.jsnu.yihuiyipin.review.AcceptanceCriterion;
import cn.edu.jsnu.yihuiyipin.support.Jobs;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/** Moves a brand-cultivation instance along its usual steps, so each test spells out only what it changes. */
public final class CultivationDriver {

    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final Jobs jobs;

    public CultivationDriver(RuntimeService runtimeService, TaskService taskService, Jobs jobs) {
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.jobs = jobs;
    }

    public List<Task> tasksAt(String taskKey, ProcessInstance pi) {
        return taskService
                .createTaskQuery()
                .processInstanceId(pi.getId())
                .taskDefinitionKey(taskKey)
                .list();
    }

    /** Fires the acceptance-date timer: the building period ends and the summary is due. */
    public void reachSummary(ProcessInstance pi) {
        execute(jobs.at(TIMER_ACCEPTANCE_DATE, pi));
        assertThat(pi).isWaitingAt(TASK_SUBMIT_SUMMARY);
    }

    /** Submits 附件2 on time and runs the asynchronous expert assignment. */
    public void submitSummary(ProcessInstance pi) {
        complete(
                task(TASK_SUBMIT_SUMMARY, pi),
                withVariables(
                        Vars.IMPLEMENTATION.name(),
                        "全年开展读书沙龙四次",
                        Vars.RESULTS.name(),
                        "形成“书香文苑”品牌",
                        Vars.EXPERIENCE.name(),
                        "党建带工建，教师领读",
                        Vars.PUBLICITY.name(),
                        "https://wxy.jsnu.edu.cn/news/1",
                        Vars.FUNDING_USED.name(),
                        "7650.5",
                        Vars.MATERIALS.name(),
                        "https://pan.jsnu.edu.cn/photos",
                        Vars.SELF_ASSESSMENT.name(),
                        "达到预期目标"));
        execute(jobs.at(TASK_ASSIGN_EXPERTS, pi));
    }

    @SuppressWarnings("unchecked")
    public List<String> experts(ProcessInstance pi) {
        return (List<String>) runtimeService.getVariable(pi.getId(), Vars.ACCEPTANCE_EXPERTS.name());
    }

    public static Map<String, Object> scores(int each) {
        Map<String, Object> scores = new HashMap<>();
        for (AcceptanceCriterion criterion : AcceptanceCriterion.values()) {
            scores.put(criterion.variable(), each);
        }
        scores.put(Vars.ACCEPTANCE_OPINION.name(), "汇报清楚，成效明显");
        return scores;
    }

    /** Every expert gives {@code each} points per criterion; the async-after jobs then continue. */
    public void allExpertsScore(ProcessInstance pi, int each) {
        for (Task review : tasksAt(TASK_ACCEPTANCE_REVIEW, pi)) {
            taskService.complete(review.getId(), scores(each));
        }
        jobs.runAsyncContinuationsUntilNone(pi.getId());
    }
}
