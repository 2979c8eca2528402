package cn.edu.jsnu.yihuiyipin.demo;

import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.Elements.*;
import static cn.edu.jsnu.yihuiyipin.process.BrandCultivationProcess.Elements.*;
import static org.assertj.core.api.Assertions.assertThat;

import cn.edu.jsnu.yihuiyipin.cultivation.ProgressReport;
import cn.edu.jsnu.yihuiyipin.cultivation.ProgressReportRepository;
import cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess;
import cn.edu.jsnu.yihuiyipin.process.BrandCultivationProcess;
import cn.edu.jsnu.yihuiyipin.process.BrandRoundProcess;
import cn.edu.jsnu.yihuiyipin.process.DemoTimeProcess;
import cn.edu.jsnu.yihuiyipin.project.BrandProject;
import cn.edu.jsnu.yihuiyipin.project.BrandProjectRepository;
import cn.edu.jsnu.yihuiyipin.project.BrandRound;
import cn.edu.jsnu.yihuiyipin.project.BrandRoundRepository;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatus;
import cn.edu.jsnu.yihuiyipin.project.RoundStatus;
import cn.edu.jsnu.yihuiyipin.review.AcceptanceCriterion;
import cn.edu.jsnu.yihuiyipin.review.ApprovalCriterion;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A whole year of the demo with the demo-time action only: from the picture of the first start (the
 * story's present) to the published awards, the admin's 演示：进入下一阶段 is the only thing that moves
 * time; everybody else just does their tasks, as in Tasklist. Each step's result, as the admin's next
 * task shows it, is checked; after the awards the next step ends the demo time.
 *
 * <p>The demo profile without its first-start data ({@code yihui.demo.first-start=false}): the test plays
 * the present itself once process coverage records, so that demo-time's model is covered here.
 */
@SpringBootTest(
        properties = {
            "spring.profiles.active=demo",
            "spring.datasource.url=jdbc:h2:mem:yyp-demo-year-${random.uuid};DB_CLOSE_DELAY=-1",
            "camunda.bpm.process-engine-name=demoYear",
            "camunda.bpm.job-execution.enabled=false",
            "yihui.demo.first-start=false"
        })
class DemoYearTest {

    @Autowired
    DemoStory story;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    HistoryService history;

    @Autowired
    ManagementService management;

    @Autowired
    ProgressReportRepository progressReports;

    @Autowired
    BrandRoundRepository rounds;

    @Autowired
    BrandProjectRepository projects;

    @Test
    void aWholeYearWithTheDemoTimeActionOnly() {
        int year = LocalDate.now().getYear();
        story.present(year, true);
        BrandRound round = rounds.findByYear(year).orElseThrow();
        assertThat(demoTask()).isNotNull();
        assertThat(variable(DemoTimeProcess.Vars.NEXT_STEP.name()))
                .contains("项目申报")
                .contains("申报截止 ×11");

        // 申报: the units with a task apply, the offices check, the experts score, the offices decide
        complete(TASK_FILL_APPLICATION, "wxy-gh", DemoStory.applicationForm("书香文苑读书会", "CULTURE", 12000));
        complete(TASK_FILL_APPLICATION, "wgy-fw", DemoStory.applicationForm("巾帼外语沙龙（第二期）", "GENERAL", 9000));
        passFormalChecks();
        scoreReviews(18);
        decideAll();
        jobExecutor();

        // 进入下一阶段: the application deadline; the nine units that did nothing end as 逾期未申报
        DemoStep deadline = advance();
        assertThat(deadline.headline()).contains("申报截止");
        assertThat(projects.findByRoundIdOrderById(round.getId()))
                .filteredOn(p -> p.getStatus() == ProjectStatus.OVERDUE)
                .hasSize(9);
        assertThat(variable(DemoTimeProcess.Vars.LAST_STEP.name())).contains("申报截止 ×9");

        // 进入下一阶段: the review opens for the four checked after the others; the experts score, 立项
        DemoStep review = advance();
        assertThat(review.headline()).contains("到达评审时间").contains("评审期开始");
        assertThat(rounds.findById(round.getId()).orElseThrow().getStatus()).isEqualTo(RoundStatus.APPROVAL);
        assertThat(tasks.createTaskQuery().taskDefinitionKey(TASK_EXPERT_REVIEW).count())
                .as("文学院分工会 2 (zj-gh3 回避), 外国语学院妇委会 2, 计算机学院 3, 教育科学学院妇委会 2")
                .isEqualTo(9);
        scoreReviews(17);
        jobExecutor();
        decideAll();
        jobExecutor();

        // nothing is due while the offices confirm their lists: the step says so and waits
        DemoStep waiting = advance();
        assertThat(waiting.fired()).isZero();
        assertThat(waiting.details()).contains("立项公示审定");
        for (Task list : open(BrandRoundProcess.Elements.TASK_CONFIRM_APPROVED_LIST)) {
            complete(list, Map.of(BrandRoundProcess.Vars.APPROVED_LIST_CONFIRMED.name(), true));
        }
        jobExecutor();
        assertThat(rounds.findById(round.getId()).orElseThrow().getStatus()).isEqualTo(RoundStatus.CULTIVATION);
        List<BrandProject> building = projects.findByRoundIdOrderById(round.getId()).stream()
                .filter(p -> p.getStatus() == ProjectStatus.BUILDING)
                .toList();
        assertThat(building).hasSize(8);

        // 进入下一阶段: the first quarter's progress reports; one unit reports
        DemoStep firstQuarter = advance();
        assertThat(firstQuarter.headline()).contains("阶段进展报告到期");
        Task report = open(TASK_SUBMIT_PROGRESS_REPORT).get(0);
        Map<String, Object> progress = new HashMap<>();
        progress.put(BrandCultivationProcess.Vars.ACTIVITIES.name(), "读书沙龙两次");
        complete(report, progress);
        jobExecutor();

        // 进入下一阶段 until acceptance: the next quarters; the reports not sent become 逾期未报
        List<String> quarters = new ArrayList<>();
        DemoStep acceptance = advance();
        while (!acceptance.headline().contains("到达验收时间")) {
            assertThat(acceptance.headline()).containsAnyOf("阶段进展报告到期", "逾期未报");
            assertThat(rounds.findById(round.getId()).orElseThrow().getStatus()).isEqualTo(RoundStatus.CULTIVATION);
            quarters.add(acceptance.headline());
            assertThat(quarters).as("a year has few quarters").hasSizeLessThan(6);
            acceptance = advance();
        }
        assertThat(String.join("；", quarters)).contains("逾期未报");
        assertThat(progressReports.findAll())
                .as("one report sent, the others of the first quarter missed")
                .filteredOn(ProgressReport::isMissed)
                .hasSizeGreaterThanOrEqualTo(7);

        // 到达验收时间: every project submits 附件2, the experts score, the offices confirm the awards
        assertThat(rounds.findById(round.getId()).orElseThrow().getStatus()).isEqualTo(RoundStatus.ACCEPTANCE);
        for (Task summary : open(TASK_SUBMIT_SUMMARY)) {
            Map<String, Object> form = new HashMap<>();
            form.put(BrandCultivationProcess.Vars.IMPLEMENTATION.name(), "按计划开展");
            form.put(BrandCultivationProcess.Vars.RESULTS.name(), "形成品牌");
            form.put(BrandCultivationProcess.Vars.FUNDING_USED.name(), "1000.00");
            complete(summary, form);
        }
        jobExecutor();
        for (Task acceptanceReview : open(TASK_ACCEPTANCE_REVIEW)) {
            Map<String, Object> form = new HashMap<>();
            for (AcceptanceCriterion criterion : AcceptanceCriterion.values()) {
                form.put(criterion.variable(), 17);
            }
            form.put(BrandCultivationProcess.Vars.ACCEPTANCE_OPINION.name(), "成效明显");
            complete(acceptanceReview, form);
        }
        jobExecutor();
        for (Task awards : open(BrandRoundProcess.Elements.TASK_CONFIRM_AWARDS)) {
            complete(awards, Map.of());
        }
        jobExecutor();
        assertThat(rounds.findById(round.getId()).orElseThrow().getStatus()).isEqualTo(RoundStatus.CLOSED);
        assertThat(projects.findByRoundIdOrderById(round.getId()))
                .filteredOn(p -> p.getStatus() == ProjectStatus.AWARDED)
                .hasSize(8)
                .anySatisfy(p -> assertThat(p.getAwardTier()).isEqualTo("FIRST"));

        // the year is over: the next step ends the demo time
        Task last = demoTask();
        tasks.claim(last.getId(), "admin");
        tasks.complete(last.getId());
        assertThat(demoTask()).isNull();
        assertThat(history.createHistoricProcessInstanceQuery()
                        .processDefinitionKey(DemoTimeProcess.KEY)
                        .finished()
                        .count())
                .isOne();
    }

    /** The admin completes 演示：进入下一阶段 and reads, in the next one, what it did. */
    private DemoStep advance() {
        Task task = demoTask();
        tasks.claim(task.getId(), "admin");
        tasks.complete(task.getId());
        String shown = variable(DemoTimeProcess.Vars.LAST_STEP.name());
        assertThat(demoTask()).as("the next 演示：进入下一阶段").isNotNull();
        String headline = shown.substring(2, shown.indexOf("**", 2));
        String details = shown.substring(shown.indexOf("**", 2) + 2);
        int fired = shown.contains("已触发") ? 1 : 0;
        return new DemoStep(headline, details, fired);
    }

    /**
     * What the demo's job executor does within seconds of a person's submission: the asynchronous steps
     * it left (a review's continuation, 核定建设经费, …), never a timer that is not due.
     */
    private void jobExecutor() {
        List<Job> due;
        while (!(due = management.createJobQuery().executable().list()).isEmpty()) {
            due.forEach(job -> management.executeJob(job.getId()));
        }
    }

    private Task demoTask() {
        return tasks.createTaskQuery()
                .processDefinitionKey(DemoTimeProcess.KEY)
                .taskDefinitionKey(DemoTimeProcess.Elements.TASK_ADVANCE)
                .singleResult();
    }

    private String variable(String name) {
        Task task = demoTask();
        return (String) tasks.getVariable(task.getId(), name);
    }

    private void passFormalChecks() {
        for (String check : List.of(TASK_FORMAL_CHECK_UNION, TASK_FORMAL_CHECK_WOMEN)) {
            for (Task task : open(check)) {
                complete(
                        task,
                        Map.of(
                                BrandApplicationProcess.Vars.FORMAL_CHECK_RESULT.name(),
                                BrandApplicationProcess.FORMAL_CHECK_PASS));
            }
        }
    }

    private void scoreReviews(int each) {
        for (Task review : open(TASK_EXPERT_REVIEW)) {
            Map<String, Object> form = new HashMap<>();
            for (ApprovalCriterion criterion : ApprovalCriterion.values()) {
                form.put(criterion.variable(), each);
            }
            form.put(BrandApplicationProcess.Vars.REVIEW_OPINION.name(), "同意");
            complete(review, form);
        }
    }

    private void decideAll() {
        for (Task decision : open(TASK_DECIDE_APPROVAL)) {
            complete(
                    decision,
                    Map.of(
                            BrandApplicationProcess.Vars.DECISION.name(),
                            "APPROVE",
                            BrandApplicationProcess.Vars.DECISION_OPINION.name(),
                            "同意立项"));
        }
    }

    private List<Task> open(String taskKey) {
        return tasks.createTaskQuery()
                .taskDefinitionKey(taskKey)
                .orderByTaskId()
                .asc()
                .list();
    }

    private void complete(String taskKey, String user, Map<String, Object> form) {
        Task task = tasks.createTaskQuery()
                .taskDefinitionKey(taskKey)
                .taskCandidateUser(user)
                .singleResult();
        tasks.claim(task.getId(), user);
        tasks.complete(task.getId(), form);
    }

    /** As the person the task is for: claimed by a member of its group (any, for a unit the demo has no user of). */
    private void complete(Task task, Map<String, Object> form) {
        if (task.getAssignee() == null) {
            tasks.getIdentityLinksForTask(task.getId()).stream()
                    .map(IdentityLink::getGroupId)
                    .filter(DemoStory.CLAIMS::containsKey)
                    .findFirst()
                    .ifPresent(group -> tasks.claim(task.getId(), DemoStory.CLAIMS.get(group)));
        }
        tasks.complete(task.getId(), form);
    }
}
