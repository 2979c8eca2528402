package cn.edu.jsnu.yihuiyipin.demo;

import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.Elements.*;
import static cn.edu.jsnu.yihuiyipin.process.BrandCultivationProcess.Elements.*;

import cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess;
import cn.edu.jsnu.yihuiyipin.process.BrandCultivationProcess;
import cn.edu.jsnu.yihuiyipin.process.BrandRoundProcess;
import cn.edu.jsnu.yihuiyipin.process.BusinessKey;
import cn.edu.jsnu.yihuiyipin.process.DemoTimeProcess;
import cn.edu.jsnu.yihuiyipin.process.SharedVariables;
import cn.edu.jsnu.yihuiyipin.review.AcceptanceCriterion;
import cn.edu.jsnu.yihuiyipin.review.ApprovalCriterion;
import cn.edu.jsnu.yihuiyipin.round.RoundProperties;
import cn.edu.jsnu.yihuiyipin.system.SettableClock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo's data, made the way people and timers make it: every step is a start form, a task completed
 * with what its form would send (so the same listeners, delegates and checks as in Tasklist run), a timer
 * fired or an asynchronous step run through the engine's job API. Nothing is written behind the engine.
 *
 * <ul>
 * <li>{@link #present}: this year's round at the real time, dated from today on, with work for every demo
 * user: 文学院分工会's 附件1 to fill, 外国语学院妇委会's returned for revision, a formal check for each
 * office, reviews for every expert (two projects moved on to review by firing their own review timers),
 * a 立项审定 for each office; and the admin's 演示：进入下一阶段.</li>
 * <li>{@link #past}: last year's round from 1 March to its published awards, the clock ({@link
 * SettableClock}, the engine's with it) stopped at each step's date: 14 applications of both channels,
 * a formal check 退回修改 and passed on resubmission, expert reviews, 立项 / 调整后立项 / 不予立项, funding, two
 * quarters of progress reports and guidance (one missed), 附件2, acceptance (one fails), awards and the
 * city recommendations.</li>
 * </ul>
 * The same start gives the same picture: fixed units, texts, scores and (for last year) moments.
 */
@Component
@Profile("demo")
class DemoStory {

    /** A unit's project in the story; scores are each expert's points per criterion (of 20). */
    record Applicant(String unit, String project, String category, int budget, int reviewEach, int acceptanceEach) {}

    /** Last year: 9 of 12 union units and 5 of 6 women's committees apply. */
    static final List<Applicant> LAST_YEAR = List.of(
            new Applicant("jg-gh", "机关“暖心驿站”服务品牌", "RIGHTS_SERVICE", 15000, 17, 17),
            new Applicant("wxy-gh", "书香文苑读书会", "CULTURE", 12000, 19, 19),
            new Applicant("lsy-gh", "行走的历史课堂", "CULTURE", 10000, 18, 18),
            new Applicant("wgy-gh", "外语角·教工沙龙", "GENERAL", 8000, 16, 15),
            new Applicant("sxy-gh", "数学文化节", "ACHIEVEMENT", 9000, 15, 13),
            new Applicant("hxy-gh", "绿色化学科普行", "ACHIEVEMENT", 11000, 17, 16),
            new Applicant("jsj-gh", "青年教师成长营", "ACHIEVEMENT", 15000, 18, 17),
            new Applicant("yyy-gh", "教工合唱团", "CULTURE", 14000, 16, 18),
            new Applicant("tsg-gh", "图书馆开放日", "CULTURE", 6000, 12, 0),
            new Applicant("jg-fw", "巾帼建功岗", "ACHIEVEMENT", 8000, 17, 16),
            new Applicant("wxy-fw", "女教师读书会", "CULTURE", 7000, 18, 18),
            new Applicant("wgy-fw", "巾帼外语沙龙", "GENERAL", 10000, 19, 17),
            new Applicant("jky-fw", "家校共育工作坊", "RIGHTS_SERVICE", 9000, 16, 15),
            new Applicant("yyy-fw", "巾帼艺术团", "CULTURE", 12000, 15, 16));

    static final List<String> LAST_YEAR_DECLINING = List.of("wdy-gh", "jky-gh");
    /** Returned at the formal check, resubmitted, passed. */
    static final String RETURNED_LAST_YEAR = "hxy-gh";
    /** 不予立项 (60 points). */
    static final String REJECTED_LAST_YEAR = "tsg-gh";
    /** 调整后立项 (75 points). */
    static final String ADJUSTED_LAST_YEAR = "yyy-fw";
    /** Misses the first quarterly progress report. */
    static final String MISSES_REPORT_LAST_YEAR = "jsj-gh";

    /** Who claims a candidate task of a group in the story (the demo users; other units have none). */
    static final Map<String, String> CLAIMS = Map.of(
            "union-office", "gh-office",
            "women-office", "fl-office",
            "unit-wxy-gh", "wxy-gh",
            "unit-wgy-fw", "wgy-fw");

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final FormService forms;
    private final ManagementService management;
    private final RepositoryService repository;
    private final SettableClock clock;
    private final DemoClock demoClock;
    private final RoundProperties roundProperties;

    DemoStory(ProcessEngine engine, SettableClock clock, DemoClock demoClock, RoundProperties roundProperties) {
        this.roundProperties = roundProperties;
        this.runtime = engine.getRuntimeService();
        this.tasks = engine.getTaskService();
        this.forms = engine.getFormService();
        this.management = engine.getManagementService();
        this.repository = engine.getRepositoryService();
        this.clock = clock;
        this.demoClock = demoClock;
    }

    // ---- this year

    /**
     * Opens {@code year}'s round dated from today; with {@code story}, brings every demo user's first task
     * about. Either way the admin gets 演示：进入下一阶段.
     */
    void present(int year, boolean story) {
        LocalDate today = LocalDate.now(clock);
        String round = openRound(year, today);
        if (story) {
            playPresent(round, year);
        }
        startDemoTime();
    }

    private void playPresent(String round, int year) {
        apply(round, year, "wgy-fw", "巾帼外语沙龙（第二期）", "GENERAL", 10000);
        formalCheck(round, year, "wgy-fw", "women-office", false);
        apply(round, year, "jsj-gh", "青年教师成长营（升级版）", "ACHIEVEMENT", 15000);
        apply(round, year, "jky-fw", "家校共育工作坊", "RIGHTS_SERVICE", 9000);
        for (String unit : List.of("lsy-gh", "wxy-fw", "sxy-gh", "yyy-fw")) {
            apply(round, year, unit, presentProject(unit), "CULTURE", 9000);
            formalCheck(round, year, unit, unit.endsWith("-fw") ? "women-office" : "union-office", true);
            // moved ahead of the others: its own review timer, fired now instead of on the review start
            management.executeJob(timer(application(round, year, unit), TIMER_REVIEW_PERIOD_OPENS)
                    .getId());
            settle(round);
        }
        scoreAllReviews(application(round, year, "sxy-gh"), 17);
        scoreAllReviews(application(round, year, "yyy-fw"), 18);
        settle(round);
        declines(round, year, "jg-gh");
    }

    private static String presentProject(String unit) {
        return switch (unit) {
            case "lsy-gh" -> "行走的历史课堂（校史篇）";
            case "wxy-fw" -> "女教师读书会";
            case "sxy-gh" -> "数学文化节";
            default -> "巾帼艺术团";
        };
    }

    /** The admin's 演示：进入下一阶段, unless one is waiting already. */
    void startDemoTime() {
        if (runtime.createProcessInstanceQuery()
                        .processDefinitionKey(DemoTimeProcess.KEY)
                        .count()
                > 0) {
            return;
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(DemoTimeProcess.Vars.LAST_STEP.name(), "尚未进入下一阶段：本年度正在项目申报。");
        variables.put(DemoTimeProcess.Vars.NEXT_STEP.name(), demoClock.preview());
        runtime.startProcessInstanceByKey(DemoTimeProcess.KEY, variables);
    }

    // ---- last year

    /** Plays {@code year}'s round from 1 March to its published awards; the clocks are reset afterwards. */
    void past(int year) {
        try {
            at(year, 3, 1, 8, 0);
            String round = openRound(year, null);
            at(year, 3, 10, 9, 0);
            for (Applicant a : LAST_YEAR) {
                apply(round, year, a.unit(), a.project(), a.category(), a.budget());
            }
            LAST_YEAR_DECLINING.forEach(unit -> declines(round, year, unit));
            at(year, 3, 15, 10, 0);
            for (Applicant a : LAST_YEAR) {
                formalCheck(round, year, a.unit(), office(a.unit()), !a.unit().equals(RETURNED_LAST_YEAR));
            }
            at(year, 3, 18, 9, 30);
            Applicant returned = applicant(RETURNED_LAST_YEAR);
            apply(round, year, returned.unit(), returned.project(), returned.category(), returned.budget() - 1000);
            at(year, 3, 20, 10, 0);
            formalCheck(round, year, RETURNED_LAST_YEAR, office(RETURNED_LAST_YEAR), true);

            // 31 March: two units missed the deadline; 1 April: the review opens
            fireTimersUntil(round, LocalDate.of(year, 4, 1).atTime(8, 0));
            at(year, 4, 10, 10, 0);
            for (Applicant a : LAST_YEAR) {
                scoreAllReviews(application(round, year, a.unit()), a.reviewEach());
            }
            settle(round);
            at(year, 4, 15, 10, 0);
            for (Applicant a : LAST_YEAR) {
                decide(round, year, a.unit());
            }
            at(year, 4, 18, 15, 0);
            Applicant adjusted = applicant(ADJUSTED_LAST_YEAR);
            complete(
                    task(application(round, year, ADJUSTED_LAST_YEAR), TASK_ADJUST_PLAN),
                    applicationForm(adjusted.project() + "（调整后）", adjusted.category(), 10000));
            at(year, 4, 20, 10, 0);
            complete(
                    task(application(round, year, ADJUSTED_LAST_YEAR), TASK_CONFIRM_ADJUSTMENT),
                    Map.of(
                            BrandApplicationProcess.Vars.ADJUSTMENT_RESULT.name(),
                            BrandApplicationProcess.ADJUSTMENT_CONFIRM,
                            BrandApplicationProcess.Vars.ADJUSTMENT_COMMENT.name(),
                            "调整到位"));
            settle(round);

            // 核定建设经费 has run; each office confirms its channel's list
            at(year, 4, 25, 10, 0);
            for (Task confirmation : tasks(round, BrandRoundProcess.Elements.TASK_CONFIRM_APPROVED_LIST)) {
                complete(
                        confirmation,
                        Map.of(
                                BrandRoundProcess.Vars.APPROVED_LIST_CONFIRMED.name(),
                                true,
                                BrandRoundProcess.Vars.APPROVED_LIST_REMARK.name(),
                                "公示无异议"));
            }
            settle(round);

            // two quarters of progress reports with the office's guidance; one unit misses the first
            fireTimersUntil(round, LocalDate.of(year, 7, 26).atTime(9, 0));
            at(year, 7, 28, 9, 0);
            reportProgress(round, year, 1);
            at(year, 8, 5, 10, 0);
            guide(round);
            fireTimersUntil(round, LocalDate.of(year, 10, 26).atTime(9, 0));
            at(year, 10, 28, 9, 0);
            reportProgress(round, year, 2);
            at(year, 11, 5, 10, 0);
            guide(round);

            // next January: 附件2 and the acceptance reviews; 数学文化节 does not pass
            fireTimersUntil(round, LocalDate.of(year + 1, 1, 5).atTime(8, 0));
            at(year + 1, 1, 10, 9, 0);
            for (Task summary : tasks(round, TASK_SUBMIT_SUMMARY)) {
                complete(summary, summaryForm());
            }
            settle(round);
            at(year + 1, 1, 20, 10, 0);
            for (Applicant a : LAST_YEAR) {
                if (!a.unit().equals(REJECTED_LAST_YEAR)) {
                    scoreAcceptance(cultivation(round, year, a.unit()), a.acceptanceEach());
                }
            }
            settle(round);

            // 评选表彰 has run; each office confirms its ranking unchanged, and the awards are published
            at(year + 1, 2, 5, 10, 0);
            for (Task awards : tasks(round, BrandRoundProcess.Elements.TASK_CONFIRM_AWARDS)) {
                complete(awards, Map.of());
            }
            settle(round);
        } finally {
            clock.reset();
        }
    }

    private static Applicant applicant(String unit) {
        return LAST_YEAR.stream().filter(a -> a.unit().equals(unit)).findFirst().orElseThrow();
    }

    private static String office(String unit) {
        return unit.endsWith("-fw") ? "women-office" : "union-office";
    }

    private void decide(String round, int year, String unit) {
        Map<String, Object> form = new HashMap<>();
        if (unit.equals(REJECTED_LAST_YEAR)) {
            form.put(BrandApplicationProcess.Vars.DECISION.name(), "REJECT");
            form.put(BrandApplicationProcess.Vars.DECISION_OPINION.name(), "评审得分未达70分，不予立项，欢迎明年再报");
        } else if (unit.equals(ADJUSTED_LAST_YEAR)) {
            form.put(BrandApplicationProcess.Vars.DECISION.name(), "APPROVE_AFTER_ADJUSTMENT");
            form.put(BrandApplicationProcess.Vars.DECISION_OPINION.name(), "请压缩演出场次，增加面向青年女教工的艺术培训内容");
        } else {
            form.put(BrandApplicationProcess.Vars.DECISION.name(), "APPROVE");
            form.put(BrandApplicationProcess.Vars.DECISION_OPINION.name(), "同意立项");
        }
        complete(task(application(round, year, unit), TASK_DECIDE_APPROVAL), form);
    }

    private void reportProgress(String round, int year, int period) {
        for (Task report : tasks(round, TASK_SUBMIT_PROGRESS_REPORT)) {
            if (period == 1
                    && report.getProcessInstanceId().equals(cultivation(round, year, MISSES_REPORT_LAST_YEAR))) {
                continue;
            }
            Map<String, Object> form = new HashMap<>();
            form.put(BrandCultivationProcess.Vars.ACTIVITIES.name(), "本期开展主题活动" + (period + 1) + "次，教职工踊跃参加");
            form.put(BrandCultivationProcess.Vars.PARTICIPANTS.name(), 40 + 20 * period);
            form.put(BrandCultivationProcess.Vars.FUNDING_SPENT.name(), (1000 * period) + ".00");
            complete(report, form);
        }
    }

    private void guide(String round) {
        for (Task guidance : tasks(round, TASK_GUIDE_PROJECT)) {
            complete(
                    guidance,
                    Map.of(
                            BrandCultivationProcess.Vars.RATING.name(),
                            "ON_TRACK",
                            BrandCultivationProcess.Vars.ADVICE.name(),
                            "按计划推进，注意留存活动图片和宣传报道"));
        }
    }

    private static Map<String, Object> summaryForm() {
        Map<String, Object> form = new HashMap<>();
        form.put(BrandCultivationProcess.Vars.IMPLEMENTATION.name(), "全年按计划开展品牌活动，覆盖本单位大部分教职工");
        form.put(BrandCultivationProcess.Vars.RESULTS.name(), "形成固定活动品牌，获校内外报道");
        form.put(BrandCultivationProcess.Vars.EXPERIENCE.name(), "党建带工建，骨干带头");
        form.put(BrandCultivationProcess.Vars.FUNDING_USED.name(), "2000.00");
        form.put(BrandCultivationProcess.Vars.SELF_ASSESSMENT.name(), "达到预期目标");
        return form;
    }

    private void scoreAcceptance(String cultivation, int each) {
        for (Task review : tasks.createTaskQuery()
                .processInstanceId(cultivation)
                .taskDefinitionKey(TASK_ACCEPTANCE_REVIEW)
                .list()) {
            Map<String, Object> form = new HashMap<>();
            for (AcceptanceCriterion criterion : AcceptanceCriterion.values()) {
                form.put(criterion.variable(), each);
            }
            form.put(BrandCultivationProcess.Vars.ACCEPTANCE_OPINION.name(), each >= 14 ? "汇报清楚，成效明显" : "材料不全，成效不足");
            complete(review, form);
        }
    }

    // ---- steps shared by both years

    /** The admin's start form: the year, the configured pool (yihui.round.default-funding-pool), and (this year) dates from {@code today} on. */
    private String openRound(int year, LocalDate today) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put(SharedVariables.ROUND_YEAR.name(), year);
        form.put(
                BrandRoundProcess.Vars.FUNDING_POOL.name(),
                roundProperties.defaultFundingPool().intValue());
        if (today != null) {
            form.put(
                    SharedVariables.APPLICATION_DEADLINE.name(),
                    today.plusDays(14).toString());
            form.put(SharedVariables.REVIEW_START.name(), today.plusDays(15).toString());
            form.put(SharedVariables.REVIEW_DEADLINE.name(), today.plusDays(30).toString());
            form.put(
                    SharedVariables.ACCEPTANCE_START.name(), today.plusDays(200).toString());
            form.put(
                    SharedVariables.ACCEPTANCE_DEADLINE.name(),
                    today.plusDays(230).toString());
        }
        String definition = repository
                .createProcessDefinitionQuery()
                .processDefinitionKey(BrandRoundProcess.KEY)
                .latestVersion()
                .singleResult()
                .getId();
        String round = forms.submitStartForm(definition, form).getId();
        settle(round);
        return round;
    }

    private void apply(String round, int year, String unit, String project, String category, int budget) {
        complete(
                task(application(round, year, unit), TASK_FILL_APPLICATION),
                applicationForm(project, category, budget));
        settle(round);
    }

    private void declines(String round, int year, String unit) {
        complete(
                task(application(round, year, unit), TASK_FILL_APPLICATION),
                Map.of(BrandApplicationProcess.Vars.NOT_APPLYING.name(), true));
        settle(round);
    }

    private void formalCheck(String round, int year, String unit, String office, boolean pass) {
        String check = office.equals("women-office") ? TASK_FORMAL_CHECK_WOMEN : TASK_FORMAL_CHECK_UNION;
        Map<String, Object> form = new HashMap<>();
        form.put(
                BrandApplicationProcess.Vars.FORMAL_CHECK_RESULT.name(),
                pass ? BrandApplicationProcess.FORMAL_CHECK_PASS : BrandApplicationProcess.FORMAL_CHECK_RETURN);
        form.put(
                BrandApplicationProcess.Vars.FORMAL_CHECK_COMMENT.name(),
                pass ? "材料齐全，符合申报要求" : "请补充活动经费预算明细和全年活动安排表后重新提交");
        complete(task(application(round, year, unit), check), form);
        settle(round);
    }

    private void scoreAllReviews(String application, int each) {
        for (Task review : tasks.createTaskQuery()
                .processInstanceId(application)
                .taskDefinitionKey(TASK_EXPERT_REVIEW)
                .list()) {
            Map<String, Object> form = new HashMap<>();
            for (ApprovalCriterion criterion : ApprovalCriterion.values()) {
                form.put(criterion.variable(), each);
            }
            form.put(BrandApplicationProcess.Vars.REVIEW_OPINION.name(), each >= 14 ? "特色鲜明，方案可行" : "特色不够突出，方案有待细化");
            complete(review, form);
        }
    }

    static Map<String, Object> applicationForm(String project, String category, int budget) {
        Map<String, Object> form = new HashMap<>();
        form.put(SharedVariables.PROJECT_NAME.name(), project);
        form.put(BrandApplicationProcess.Vars.CATEGORY.name(), category);
        form.put(BrandApplicationProcess.Vars.LEADER.name(), "项目负责人");
        form.put(BrandApplicationProcess.Vars.PHONE.name(), "0516-83500000");
        form.put(BrandApplicationProcess.Vars.FOUNDATION.name(), "本单位多年开展相关活动，有稳定的骨干队伍");
        form.put(BrandApplicationProcess.Vars.GOALS.name(), "打造有影响力的教职工活动品牌");
        form.put(BrandApplicationProcess.Vars.PLAN.name(), "每季度开展一次主题活动，年底总结展示");
        form.put(BrandApplicationProcess.Vars.EXPECTED_RESULTS.name(), "活动成果汇编一册，校内外报道若干");
        form.put(BrandApplicationProcess.Vars.REQUESTED_BUDGET.name(), budget);
        return form;
    }

    /** Claims the task as the demo user of its group, if the demo has one, and completes it with the form's values. */
    private void complete(Task task, Map<String, Object> form) {
        if (task.getAssignee() == null) {
            String claimer = tasks.getIdentityLinksForTask(task.getId()).stream()
                    .filter(link -> link.getGroupId() != null && CLAIMS.containsKey(link.getGroupId()))
                    .map(link -> CLAIMS.get(link.getGroupId()))
                    .findFirst()
                    .orElse(null);
            if (claimer != null) {
                tasks.claim(task.getId(), claimer);
            }
        }
        tasks.complete(task.getId(), form);
    }

    private String application(String round, int year, String unit) {
        return instance(round, BrandApplicationProcess.KEY, year, unit);
    }

    private String cultivation(String round, int year, String unit) {
        return instance(round, BrandCultivationProcess.KEY, year, unit);
    }

    private String instance(String round, String key, int year, String unit) {
        ProcessInstance instance = runtime.createProcessInstanceQuery()
                .rootProcessInstanceId(round)
                .processDefinitionKey(key)
                .processInstanceBusinessKey(BusinessKey.ofUnit(year, unit).toString())
                .singleResult();
        if (instance == null) {
            throw new IllegalStateException("demo: no running " + key + " of " + year + "/" + unit);
        }
        return instance.getId();
    }

    private Task task(String processInstance, String taskKey) {
        Task task = tasks.createTaskQuery()
                .processInstanceId(processInstance)
                .taskDefinitionKey(taskKey)
                .singleResult();
        if (task == null) {
            throw new IllegalStateException("demo: no task " + taskKey + " in " + processInstance);
        }
        return task;
    }

    /** The round's open tasks of one kind, in a stable order. */
    private List<Task> tasks(String round, String taskKey) {
        List<String> instances = runtime.createProcessInstanceQuery().rootProcessInstanceId(round).list().stream()
                .map(ProcessInstance::getId)
                .toList();
        return tasks.createTaskQuery()
                .processInstanceIdIn(instances.toArray(String[]::new))
                .taskDefinitionKey(taskKey)
                .orderByProcessInstanceId()
                .asc()
                .list();
    }

    private Job timer(String processInstance, String activityId) {
        return management
                .createJobQuery()
                .processInstanceId(processInstance)
                .activityId(activityId)
                .singleResult();
    }

    /** Fires, in due order and each at its own moment, every timer of the round due by {@code until}. */
    private void fireTimersUntil(String round, LocalDateTime until) {
        while (true) {
            List<Job> due = management
                    .createJobQuery()
                    .rootProcessInstanceId(round)
                    .timers()
                    .duedateLowerThenOrEquals(java.sql.Timestamp.valueOf(until))
                    .orderByJobDuedate()
                    .asc()
                    .orderByJobId()
                    .asc()
                    .listPage(0, 1);
            if (due.isEmpty()) {
                break;
            }
            clock.setTo(LocalDateTime.ofInstant(due.get(0).getDuedate().toInstant(), clock.getZone()));
            management.executeJob(due.get(0).getId());
            settle(round);
        }
        clock.setTo(until);
    }

    /** Runs the round's due asynchronous steps, as the (paused) job executor would, until none is left. */
    private void settle(String round) {
        for (int pass = 0; pass < 1000; pass++) {
            List<Job> due = management
                    .createJobQuery()
                    .rootProcessInstanceId(round)
                    .executable()
                    .orderByJobId()
                    .asc()
                    .list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> management.executeJob(job.getId()));
        }
        throw new IllegalStateException("demo: the round's jobs do not come to rest");
    }

    private void at(int year, int month, int day, int hour, int minute) {
        clock.setTo(LocalDateTime.of(LocalDate.of(year, month, day), LocalTime.of(hour, minute)));
    }
}
