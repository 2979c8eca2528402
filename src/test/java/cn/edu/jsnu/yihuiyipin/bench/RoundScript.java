package cn.edu.jsnu.yihuiyipin.bench;

import cn.edu.jsnu.yihuiyipin.cultivation.CultivationDriver;
import cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess;
import cn.edu.jsnu.yihuiyipin.process.BrandCultivationProcess;
import cn.edu.jsnu.yihuiyipin.process.BrandRoundProcess;
import cn.edu.jsnu.yihuiyipin.process.SharedVariables;
import cn.edu.jsnu.yihuiyipin.review.ApprovalCriterion;
import cn.edu.jsnu.yihuiyipin.support.ApplicationSteps;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;

/**
 * One whole round of {@code units} units, driven the same way on the application and on the bare engine:
 * the admin opens it; every unit applies (附件1); the offices pass every formal check; the review timers
 * fire and every expert of the channel scores every project; the offices approve; funding is allocated
 * and each office confirms its list; each project gets a progress report and the office's guidance; the
 * acceptance timers fire, every unit submits 附件2 and every expert scores it; the offices confirm the
 * awards. Human steps are {@code TaskService.complete} with the form's variables, as Tasklist sends them
 * (the scenario tests do the same); timers and async continuations run through the job API, each in its
 * own transaction, as the job executor would run them. Each step is timed and its statements counted.
 */
final class RoundScript {

    static final String OPEN = "开启年度申报 open round";
    static final String APPLY = "填报申报表 apply (附件1)";
    static final String FORMAL_CHECK = "形式审查 formal check";
    static final String REVIEW = "专家评审 review";
    static final String DECIDE = "立项审定 decide";
    static final String CONFIRM_LIST = "立项公示审定 confirm list";
    static final String PROGRESS = "阶段进展报告 report";
    static final String GUIDANCE = "过程指导 guidance";
    static final String SUMMARY = "验收总结表 summary (附件2)";
    static final String ACCEPTANCE = "验收评审 acceptance review";
    static final String CONFIRM_AWARDS = "表彰审定 confirm awards";
    /** Prefixes of the job kinds: each timer and async continuation is reported by its activity. */
    static final String TIMER = "timer ";

    static final String JOB = "job ";

    /** Where the benchmark stops the round to time Tasklist's queries, with the tasks then open. */
    interface Checkpoints {
        default void applicationsOpen() {}

        default void reviewsOpen() {}

        /** Whether the round goes on once the reviews are open; a run that only times the queries stops there. */
        default boolean goOnAfterReviewsOpen() {
            return true;
        }
    }

    private final ProcessEngine engine;
    private final TaskService tasks;
    private final ManagementService management;
    private final StatementCounter statements;
    private final StepTimes times = new StepTimes();
    private final int year;
    private final Map<String, String> jobKinds = new HashMap<>();

    RoundScript(BenchEngine bench, int year) {
        this.engine = bench.engine();
        this.tasks = engine.getTaskService();
        this.management = engine.getManagementService();
        this.statements = bench.statements();
        this.year = year;
    }

    StepTimes times() {
        return times;
    }

    /** Runs the round to its end; returns the round's process instance id. */
    String run(Checkpoints checkpoints) {
        String round = step(
                        OPEN,
                        true,
                        () -> engine.getRuntimeService()
                                .startProcessInstanceByKey(
                                        BrandRoundProcess.KEY,
                                        Map.of(
                                                SharedVariables.ROUND_YEAR.name(),
                                                year,
                                                BrandRoundProcess.Vars.FUNDING_POOL.name(),
                                                // enough for every project: funding is allocated, not scaled away
                                                100_000_000)))
                .getId();
        runJobs();
        fireTimers(BrandRoundProcess.Elements.TIMER_REVIEW_STARTS);
        checkpoints.applicationsOpen();

        complete(BrandApplicationProcess.Elements.TASK_FILL_APPLICATION, APPLY, task -> {
            int unit = BenchUnits.index(unitCode(task));
            return ApplicationSteps.application(
                    "基准品牌项目" + unit,
                    List.of("CULTURE", "ACHIEVEMENT", "GENERAL").get(unit % 3),
                    10000 + unit % 50 * 100);
        });
        Map<String, Object> pass = Map.of(
                BrandApplicationProcess.Vars.FORMAL_CHECK_RESULT.name(), BrandApplicationProcess.FORMAL_CHECK_PASS);
        complete(BrandApplicationProcess.Elements.TASK_FORMAL_CHECK_UNION, FORMAL_CHECK, task -> pass);
        complete(BrandApplicationProcess.Elements.TASK_FORMAL_CHECK_WOMEN, FORMAL_CHECK, task -> pass);
        fireTimers(BrandApplicationProcess.Elements.TIMER_REVIEW_PERIOD_OPENS);
        runJobs();
        checkpoints.reviewsOpen();
        if (!checkpoints.goOnAfterReviewsOpen()) {
            return round;
        }

        complete(BrandApplicationProcess.Elements.TASK_EXPERT_REVIEW, REVIEW, task -> {
            Map<String, Object> form = new HashMap<>();
            // 80 to 100 points: every project passes the 70-point line, the ranks differ
            int each = 16 + BenchUnits.index(unitCode(task)) % 5;
            for (ApprovalCriterion criterion : ApprovalCriterion.values()) {
                form.put(criterion.variable(), each);
            }
            form.put(BrandApplicationProcess.Vars.REVIEW_OPINION.name(), "同意");
            return form;
        });
        runJobs();
        complete(
                BrandApplicationProcess.Elements.TASK_DECIDE_APPROVAL,
                DECIDE,
                task -> Map.of(
                        BrandApplicationProcess.Vars.DECISION.name(),
                        "APPROVE",
                        BrandApplicationProcess.Vars.DECISION_OPINION.name(),
                        "同意立项"));
        runJobs();
        complete(
                BrandRoundProcess.Elements.TASK_CONFIRM_APPROVED_LIST,
                CONFIRM_LIST,
                task -> Map.of(
                        BrandRoundProcess.Vars.APPROVED_LIST_CONFIRMED.name(),
                        true,
                        BrandRoundProcess.Vars.APPROVED_LIST_REMARK.name(),
                        "公示无异议"));
        runJobs();

        fireTimers(BrandCultivationProcess.Elements.START_PROGRESS_REPORT_DUE);
        runJobs();
        complete(
                BrandCultivationProcess.Elements.TASK_SUBMIT_PROGRESS_REPORT,
                PROGRESS,
                task -> Map.of(
                        BrandCultivationProcess.Vars.ACTIVITIES.name(),
                        "读书沙龙四次",
                        BrandCultivationProcess.Vars.PARTICIPANTS.name(),
                        120,
                        BrandCultivationProcess.Vars.FUNDING_SPENT.name(),
                        4000));
        complete(
                BrandCultivationProcess.Elements.TASK_GUIDE_PROJECT,
                GUIDANCE,
                task -> Map.of(
                        BrandCultivationProcess.Vars.ADVICE.name(),
                        "注重积累活动图片和宣传报道",
                        BrandCultivationProcess.Vars.RATING.name(),
                        "ON_TRACK"));

        fireTimers(BrandRoundProcess.Elements.TIMER_ACCEPTANCE_STARTS);
        fireTimers(BrandCultivationProcess.Elements.TIMER_ACCEPTANCE_DATE);
        runJobs();
        complete(
                BrandCultivationProcess.Elements.TASK_SUBMIT_SUMMARY,
                SUMMARY,
                task -> Map.of(
                        BrandCultivationProcess.Vars.IMPLEMENTATION.name(), "全年开展读书沙龙四次",
                        BrandCultivationProcess.Vars.RESULTS.name(), "形成活动品牌",
                        BrandCultivationProcess.Vars.EXPERIENCE.name(), "党建带工建，教师领读",
                        BrandCultivationProcess.Vars.PUBLICITY.name(), "https://wxy.jsnu.edu.cn/news/1",
                        BrandCultivationProcess.Vars.FUNDING_USED.name(), "7650.5",
                        BrandCultivationProcess.Vars.MATERIALS.name(), "https://pan.jsnu.edu.cn/photos",
                        BrandCultivationProcess.Vars.SELF_ASSESSMENT.name(), "达到预期目标"));
        runJobs();
        complete(
                BrandCultivationProcess.Elements.TASK_ACCEPTANCE_REVIEW,
                ACCEPTANCE,
                task -> CultivationDriver.scores(16 + BenchUnits.index(unitCode(task)) % 5));
        runJobs();
        complete(BrandRoundProcess.Elements.TASK_CONFIRM_AWARDS, CONFIRM_AWARDS, task -> Map.of());
        runJobs();

        HistoricProcessInstance ended = engine.getHistoryService()
                .createHistoricProcessInstanceQuery()
                .processInstanceId(round)
                .singleResult();
        if (!HistoricProcessInstance.STATE_COMPLETED.equals(ended.getState())) {
            throw new IllegalStateException("the round did not end: " + ended.getState() + ", incidents "
                    + engine.getRuntimeService().createIncidentQuery().list());
        }
        return round;
    }

    /** Open tasks of every kind, as Tasklist would count them. */
    long openTasks() {
        return tasks.createTaskQuery().count();
    }

    HistoryService history() {
        return engine.getHistoryService();
    }

    private String unitCode(Task task) {
        // the business key of every application and cultivation: 2027/b0001-gh
        String key = engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId())
                .singleResult()
                .getBusinessKey();
        return key.substring(key.indexOf('/') + 1);
    }

    interface Form {
        Map<String, Object> of(Task task);
    }

    /** Completes every open task of the key, each with its form; the lookups are not part of the step. */
    private void complete(String taskKey, String kind, Form form) {
        List<Task> open = tasks.createTaskQuery().taskDefinitionKey(taskKey).list();
        if (open.isEmpty()) {
            throw new IllegalStateException("no open task " + taskKey + " to complete");
        }
        for (Task task : open) {
            Map<String, Object> variables = form.of(task);
            step(kind, true, () -> {
                tasks.complete(task.getId(), variables);
                return null;
            });
        }
    }

    /** Fires every timer waiting at the activity, each in its own transaction. */
    private void fireTimers(String activityId) {
        List<Job> timers =
                management.createJobQuery().timers().activityId(activityId).list();
        if (timers.isEmpty()) {
            throw new IllegalStateException("no timer waits at " + activityId);
        }
        for (Job timer : timers) {
            step(TIMER + activityId, false, () -> {
                management.executeJob(timer.getId());
                return null;
            });
        }
    }

    /** Runs the async continuations until none is left, as the job executor would. */
    private void runJobs() {
        while (true) {
            List<Job> due = management.createJobQuery().messages().executable().listPage(0, 500);
            if (due.isEmpty()) {
                return;
            }
            for (Job job : due) {
                step(JOB + jobKind(job), false, () -> {
                    management.executeJob(job.getId());
                    return null;
                });
            }
        }
    }

    /** The activity of a job and when it runs (async-before, async-after), from its job definition. */
    private String jobKind(Job job) {
        return jobKinds.computeIfAbsent(job.getJobDefinitionId(), id -> {
            JobDefinition definition =
                    management.createJobDefinitionQuery().jobDefinitionId(id).singleResult();
            return definition == null
                    ? job.getJobDefinitionId()
                    : definition.getActivityId() + " (" + definition.getJobConfiguration() + ")";
        });
    }

    private <T> T step(String kind, boolean human, java.util.function.Supplier<T> action) {
        long before = statements.count();
        long start = System.nanoTime();
        T result = action.get();
        times.record(kind, human, System.nanoTime() - start, statements.count() - before);
        return result;
    }
}
