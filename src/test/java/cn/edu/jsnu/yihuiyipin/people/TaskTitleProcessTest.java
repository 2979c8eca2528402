package cn.edu.jsnu.yihuiyipin.people;

import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.*;
import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.Elements.*;
import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.Vars.*;
import static cn.edu.jsnu.yihuiyipin.process.SharedVariables.*;
import static org.assertj.core.api.Assertions.assertThat;

import cn.edu.jsnu.yihuiyipin.project.BrandRound;
import cn.edu.jsnu.yihuiyipin.support.ApplicationSteps;
import cn.edu.jsnu.yihuiyipin.support.ProcessScenarioTest;
import java.math.BigDecimal;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/** Every user task is titled for Tasklist when it is created ({@link TaskTitles}). */
class TaskTitleProcessTest extends ProcessScenarioTest {

    @Test
    void tasksSayWhatAndForWhom() {
        members("experts-union", "expert-u1", "expert-u2", "expert-u3");
        BrandRound round = newRound(new BigDecimal("100000"));
        int year = round.getYear();
        ProcessInstance pi = ApplicationSteps.start(runtimeService, round, "wxy-gh");

        Task fill = taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
        assertThat(fill.getName()).isEqualTo("文学院分工会 · 填报项目申报表（附件1，" + year + "年度）");

        taskService.complete(fill.getId(), ApplicationSteps.application("教工读书会", "CULTURE", 12000));
        Task check = taskService
                .createTaskQuery()
                .processInstanceId(pi.getId())
                .taskDefinitionKey(TASK_FORMAL_CHECK_UNION)
                .singleResult();
        assertThat(check.getName()).isEqualTo("文学院分工会 · 校工会形式审查（" + year + "年度）");

        taskService.complete(check.getId(), Map.of(FORMAL_CHECK_RESULT.name(), FORMAL_CHECK_PASS));
        managementService.executeJob(jobs.at(TIMER_REVIEW_PERIOD_OPENS, pi).getId());
        // 分配评审专家 is asynchronous
        managementService.executeJob(managementService
                .createJobQuery()
                .processInstanceId(pi.getId())
                .activityId(TASK_ASSIGN_REVIEWERS)
                .singleResult()
                .getId());
        assertThat(taskService
                        .createTaskQuery()
                        .processInstanceId(pi.getId())
                        .taskDefinitionKey(TASK_EXPERT_REVIEW)
                        .list())
                .isNotEmpty()
                .extracting(Task::getName)
                .containsOnly("文学院分工会 · 专家评审（" + year + "年度）");
        // the title is stored, so the history and every query see it too
        assertThat(engine.getHistoryService()
                        .createHistoricTaskInstanceQuery()
                        .processInstanceId(pi.getId())
                        .taskDefinitionKey(TASK_FILL_APPLICATION)
                        .singleResult()
                        .getName())
                .isEqualTo(fill.getName());
    }
}
