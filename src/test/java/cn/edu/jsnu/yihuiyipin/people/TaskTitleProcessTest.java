package cn.edu.jsnu.yihuiyipin.people;

import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.*;
import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.Elements.*;
import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.Vars.*;
import static cn.edu.jsnu.yihuiyipin.process.SharedVariables.*;
import static org.assertj.core.api.Assertions.assertThat;

import cn.edu.jsnu.yihuiyipin.process.BusinessKey;
import cn.edu.jsnu.yihuiyipin.project.BrandRound;
import cn.edu.jsnu.yihuiyipin.support.ProcessScenarioTest;
import java.math.BigDecimal;
import java.util.HashMap;
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
        ProcessInstance pi = runtimeService.startProcessInstanceByKey(
                KEY,
                BusinessKey.ofUnit(year, "wxy-gh").toString(),
                Map.of(ROUND_ID.name(), round.getId(), UNIT_CODE.name(), "wxy-gh"));

        Task fill = taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
        assertThat(fill.getName()).isEqualTo("文学院分工会 · 填报项目申报表（附件1，" + year + "年度）");

        Map<String, Object> form = new HashMap<>(Map.of(
                PROJECT_NAME.name(),
                "教工读书会",
                CATEGORY.name(),
                "CULTURE",
                LEADER.name(),
                "王老师",
                PHONE.name(),
                "13912345678",
                FOUNDATION.name(),
                "连续三年举办读书分享会",
                GOALS.name(),
                "打造书香学院",
                PLAN.name(),
                "每月一次读书沙龙",
                EXPECTED_RESULTS.name(),
                "形成读书笔记集",
                REQUESTED_BUDGET.name(),
                12000,
                CONTINUES_BRAND.name(),
                false));
        form.put(NOT_APPLYING.name(), false);
        taskService.complete(fill.getId(), form);
        Task check = taskService
                .createTaskQuery()
                .processInstanceId(pi.getId())
                .taskDefinitionKey(TASK_FORMAL_CHECK_UNION)
                .singleResult();
        assertThat(check.getName()).isEqualTo("文学院分工会 · 校工会形式审查（" + year + "年度）");

        taskService.complete(check.getId(), Map.of(FORMAL_CHECK_RESULT.name(), FORMAL_CHECK_PASS));
        managementService.executeJob(managementService
                .createJobQuery()
                .processInstanceId(pi.getId())
                .timers()
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
