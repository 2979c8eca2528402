package cn.edu.jsnu.yihuiyipin.round;

import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.*;
import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.Elements.*;
import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.Vars.*;
import static org.assertj.core.api.Assertions.*;

import cn.edu.jsnu.yihuiyipin.application.ApprovalDecision;
import cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess;
import cn.edu.jsnu.yihuiyipin.process.BrandCultivationProcess;
import cn.edu.jsnu.yihuiyipin.process.BrandRoundProcess;
import cn.edu.jsnu.yihuiyipin.process.BusinessKey;
import cn.edu.jsnu.yihuiyipin.project.BrandProject;
import cn.edu.jsnu.yihuiyipin.project.BrandRound;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatus;
import cn.edu.jsnu.yihuiyipin.project.RoundStatus;
import cn.edu.jsnu.yihuiyipin.review.AcceptanceCriterion;
import cn.edu.jsnu.yihuiyipin.review.ApprovalCriterion;
import cn.edu.jsnu.yihuiyipin.support.ApplicationSteps;
import cn.edu.jsnu.yihuiyipin.support.RealTimeScenarioTest;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * One whole round in real time: the yearly timer opens it on 1 March 08:00, and from then on every
 * timer falls due on its own while the clock moves through the year, with the job executor running.
 * Nobody fires a job by hand. Four units take part (the rest let the deadline pass):
 * <ul>
 *   <li>文学院分工会 (wxy-gh): one of its five experts never scores, so 立项 waits for the review deadline;
 *       passes acceptance and wins.
 *   <li>计算机学院分工会 (jsj-gh): 调整后立项; the office sends the adjusted plan back after the first due
 *       date, and the unit gets its revision days again; later misses the 附件2 deadline.
 *   <li>外国语学院妇委会 (wgy-fw): 立项; one acceptance expert never scores, so acceptance waits for its
 *       deadline.
 *   <li>历史文化与旅游学院分工会 (lsy-gh): returned after the application deadline, passed after the review
 *       period has closed (its review-period timer is due the moment it is created, its review gets the
 *       minimum days), not approved.
 * </ul>
 */
class RealTimeRoundTest extends RealTimeScenarioTest {

    private static final String WXY = "wxy-gh";
    private static final String JSJ = "jsj-gh";
    private static final String WGY = "wgy-fw";
    private static final String LSY = "lsy-gh";

    private static final List<String> UNION_EXPERTS = List.of("rt-u1", "rt-u2", "rt-u3", "rt-u4", "rt-u5");
    /** On the union panel and a member of 文学院分工会: never reviews its project (回避). */
    private static final String WXY_EXPERT = "rt-u6";

    private static final List<String> WOMEN_EXPERTS = List.of("rt-w1", "rt-w2", "rt-w3", "rt-w4");

    private int year;
    private ProcessInstance round;

    @Test
    void wholeRoundRunsOnItsOwnTimers() {
        List<String> unionPanel = new ArrayList<>(UNION_EXPERTS);
        unionPanel.add(WXY_EXPERT);
        panel("experts-union", unionPanel.toArray(String[]::new));
        members("unit-wxy-gh", WXY_EXPERT);
        panel("experts-women", WOMEN_EXPERTS.toArray(String[]::new));

        // ── 1 March 08:00: the yearly timer opens the round (Beijing time, whatever the server's zone) ──
        Job yearly = managementService
                .createJobQuery()
                .processDefinitionKey(BrandRoundProcess.YEARLY_KEY)
                .timers()
                .singleResult();
        LocalDateTime opening = beijing(yearly.getDuedate());
        year = opening.getYear();
        assertThat(opening).isEqualTo(LocalDateTime.of(year, 3, 1, 8, 0));

        at(opening.minusSeconds(1));
        assertThat(rounds.existsByYear(year)).as("not yet 08:00").isFalse();
        at(opening);
        assertNothingFailed();
        BrandRound saved = rounds.findByYear(year).orElseThrow();
        round = runtimeService
                .createProcessInstanceQuery()
                .processDefinitionKey(BrandRoundProcess.KEY)
                .processInstanceBusinessKey(BusinessKey.ofRound(year).toString())
                .singleResult();
        List<ProcessInstance> applications = applications();
        int unitCount = units.findByActiveTrueOrderBySortOrder().size();
        assertThat(applications).hasSize(unitCount);
        Job deadline = timer(application(WGY), TIMER_APPLICATION_DEADLINE);
        assertThat(deadline.getDuedate().toInstant())
                .as("31 March 23:59:59 Beijing time is 15:59:59 UTC")
                .isEqualTo(LocalDateTime.of(year, 3, 31, 15, 59, 59).toInstant(ZoneOffset.UTC));
        assertThat(task(application(WGY), TASK_FILL_APPLICATION).getDueDate()).isEqualTo(deadline.getDuedate());

        // ── March: four units apply, the offices check three of them ──
        at(LocalDateTime.of(year, 3, 10, 10, 0));
        submit(WXY, ApplicationSteps.application("书香文苑读书会", "CULTURE", 12000));
        submit(JSJ, ApplicationSteps.application("青年教师成长营", "ACHIEVEMENT", 15000));
        submit(WGY, ApplicationSteps.application("巾帼外语沙龙", "GENERAL", 10000));
        submit(LSY, ApplicationSteps.application("运河文化行", "CULTURE", 9000));

        at(LocalDateTime.of(year, 3, 12, 9, 0));
        passFormalCheck(WXY, TASK_FORMAL_CHECK_UNION);
        passFormalCheck(JSJ, TASK_FORMAL_CHECK_UNION);
        passFormalCheck(WGY, TASK_FORMAL_CHECK_WOMEN);
        awaitJobExecutor();
        assertThat(beijing(timer(application(WXY), TIMER_REVIEW_PERIOD_OPENS).getDuedate()))
                .isEqualTo(LocalDateTime.of(year, 4, 1, 8, 0));

        // ── 31 March 23:59:59: every unit that did not apply ends as 逾期未申报, on its own ──
        at(LocalDateTime.of(year, 3, 31, 23, 59, 58));
        assertThat(applications()).hasSize(unitCount);
        at(LocalDateTime.of(year, 3, 31, 23, 59, 59));
        assertNothingFailed();
        assertThat(applications())
                .as("the four that applied are still running")
                .extracting(ProcessInstance::getBusinessKey)
                .containsExactlyInAnyOrder(key(WXY), key(JSJ), key(WGY), key(LSY));
        assertThat(projects.findByRoundIdAndStatusInOrderById(saved.getId(), List.of(ProjectStatus.OVERDUE)))
                .hasSize(unitCount - 4);

        // ── 1 April 08:00: the review opens on its own; 回避 keeps rt-u6 off 文学院's review ──
        at(LocalDateTime.of(year, 4, 1, 8, 0));
        assertNothingFailed();
        assertThat(reviews(WXY)).extracting(Task::getAssignee).containsExactlyInAnyOrderElementsOf(UNION_EXPERTS);
        assertThat(reviews(JSJ)).hasSize(UNION_EXPERTS.size() + 1);
        assertThat(reviews(WGY)).extracting(Task::getAssignee).containsExactlyInAnyOrderElementsOf(WOMEN_EXPERTS);
        assertThat(beijing(reviews(WXY).get(0).getDueDate()))
                .as("the review deadline, more than the minimum days away")
                .isEqualTo(LocalDateTime.of(year, 4, 30, 23, 59, 59));

        // ── 2 April: 历史文化与旅游学院's application is returned after the deadline: it gets its days, not 逾期 ──
        at(LocalDateTime.of(year, 4, 2, 9, 0));
        complete(
                task(application(LSY), TASK_FORMAL_CHECK_UNION),
                Map.of(FORMAL_CHECK_RESULT.name(), FORMAL_CHECK_RETURN, FORMAL_CHECK_COMMENT.name(), "请补充活动经费明细"));
        awaitJobExecutor();
        assertNothingFailed();
        ProcessInstance lsy = application(LSY);
        assertThat(lsy)
                .as("returned after the deadline, the form must not end as 逾期未申报 at once")
                .isNotNull();
        assertThat(task(lsy, TASK_FILL_APPLICATION))
                .as("still open a moment later")
                .isNotNull();
        assertThat(beijing(timer(lsy, TIMER_APPLICATION_DEADLINE).getDuedate()))
                .as("yihui.application.revision-days from the return")
                .isEqualTo(LocalDateTime.of(year, 4, 9, 9, 0));

        // ── 3 April: the experts score; one of 文学院's five does not ──
        at(LocalDateTime.of(year, 4, 3, 10, 0));
        score(WXY, UNION_EXPERTS.subList(0, 4), 19);
        score(JSJ, null, 17);
        score(WGY, null, 18);
        awaitJobExecutor();
        assertNothingFailed();
        assertThat(task(application(JSJ), TASK_DECIDE_APPROVAL)).isNotNull();
        assertThat(task(application(WGY), TASK_DECIDE_APPROVAL)).isNotNull();
        assertThat(reviews(WXY))
                .as("waits for the fifth expert or the deadline")
                .hasSize(1);

        // ── 5 April: 立项 for 外国语学院; 调整后立项 for 计算机学院; 历史文化与旅游学院 resubmits ──
        at(LocalDateTime.of(year, 4, 5, 10, 0));
        decide(WGY, ApprovalDecision.APPROVE, null);
        decide(JSJ, ApprovalDecision.APPROVE_AFTER_ADJUSTMENT, "压缩经费，聚焦青年教师");
        complete(task(application(LSY), TASK_FILL_APPLICATION), Map.of(PLAN.name(), "每月一次考察，经费明细见附表"));
        awaitJobExecutor();
        assertThat(beijing(timer(application(JSJ), TIMER_ADJUSTMENT_DEADLINE).getDuedate()))
                .isEqualTo(LocalDateTime.of(year, 4, 12, 10, 0));

        // ── 8 April the unit adjusts; 20 April, after the first due date, the office sends it back ──
        at(LocalDateTime.of(year, 4, 8, 10, 0));
        complete(task(application(JSJ), TASK_ADJUST_PLAN), Map.of(REQUESTED_BUDGET.name(), 10000));
        at(LocalDateTime.of(year, 4, 20, 10, 0));
        complete(
                task(application(JSJ), TASK_CONFIRM_ADJUSTMENT),
                Map.of(ADJUSTMENT_RESULT.name(), ADJUSTMENT_READJUST, ADJUSTMENT_COMMENT.name(), "经费测算仍不清楚"));
        awaitJobExecutor();
        assertNothingFailed();
        ProcessInstance jsj = application(JSJ);
        assertThat(jsj)
                .as("sent back after the first due date, the plan must not end as 逾期未调整 at once")
                .isNotNull();
        assertThat(task(jsj, TASK_ADJUST_PLAN))
                .as("a plan sent back after the first due date is not refused at once")
                .isNotNull();
        Job readjustment = timer(jsj, TIMER_ADJUSTMENT_DEADLINE);
        assertThat(beijing(readjustment.getDuedate())).isEqualTo(LocalDateTime.of(year, 4, 27, 10, 0));
        assertThat(task(jsj, TASK_ADJUST_PLAN).getDueDate()).isEqualTo(readjustment.getDuedate());
        at(LocalDateTime.of(year, 4, 22, 10, 0));
        complete(task(jsj, TASK_ADJUST_PLAN), Map.of(REQUESTED_BUDGET.name(), 9000));
        complete(task(jsj, TASK_CONFIRM_ADJUSTMENT), Map.of(ADJUSTMENT_RESULT.name(), ADJUSTMENT_CONFIRM));
        awaitJobExecutor();
        assertThat(project(saved.getId(), JSJ).getStatus()).isEqualTo(ProjectStatus.APPROVED);

        // ── 30 April 23:59:59: the review of 文学院 closes without the fifth expert ──
        at(LocalDateTime.of(year, 4, 30, 23, 59, 58));
        assertThat(reviews(WXY)).hasSize(1);
        at(LocalDateTime.of(year, 4, 30, 23, 59, 59));
        assertNothingFailed();
        assertThat(reviews(WXY)).isEmpty();
        assertThat(project(saved.getId(), WXY).getReviewScore()).isEqualByComparingTo("95.00");
        at(LocalDateTime.of(year, 5, 1, 9, 0));
        decide(WXY, ApprovalDecision.APPROVE, null);

        // ── 3 May: 历史文化与旅游学院 passes its check after the review period: the review opens at once ──
        at(LocalDateTime.of(year, 5, 3, 9, 0));
        passFormalCheck(LSY, TASK_FORMAL_CHECK_UNION);
        awaitJobExecutor();
        assertNothingFailed();
        List<Task> lateReviews = reviews(LSY);
        assertThat(lateReviews)
                .as("the review-period timer was due when created")
                .hasSize(UNION_EXPERTS.size() + 1);
        assertThat(beijing(lateReviews.get(0).getDueDate()))
                .as("the deadline has passed: the experts still get yihui.review.minimum-review-days")
                .isEqualTo(LocalDateTime.of(year, 5, 10, 9, 0));
        at(LocalDateTime.of(year, 5, 4, 9, 0));
        score(LSY, null, 12);
        awaitJobExecutor();
        decide(LSY, ApprovalDecision.REJECT, "品牌定位不清晰");
        awaitJobExecutor();
        assertNothingFailed();

        // ── funding and 立项公示审定 once every unit's application has ended ──
        assertThat(applications()).isEmpty();
        List<Task> approvedList = roundTasks(BrandRoundProcess.Elements.TASK_CONFIRM_APPROVED_LIST);
        assertThat(approvedList).isNotEmpty();
        at(LocalDateTime.of(year, 5, 8, 10, 0));
        for (Task confirmation : approvedList) {
            complete(confirmation, Map.of(BrandRoundProcess.Vars.APPROVED_LIST_CONFIRMED.name(), true));
        }
        awaitJobExecutor();
        assertNothingFailed();
        assertThat(rounds.findById(saved.getId()).orElseThrow().getStatus()).isEqualTo(RoundStatus.CULTIVATION);
        assertThat(cultivations()).hasSize(3);
        for (String unit : List.of(WXY, JSJ, WGY)) {
            BrandProject project = project(saved.getId(), unit);
            assertThat(project.getStatus()).isEqualTo(ProjectStatus.BUILDING);
            assertThat(project.getApprovedFunding()).isPositive();
        }
        assertThat(project(saved.getId(), LSY).getStatus()).isEqualTo(ProjectStatus.REJECTED);

        // ── 8 August: the first quarterly progress report falls due on its own ──
        at(LocalDateTime.of(year, 8, 8, 9, 59, 59));
        assertThat(cultivationTasks(WXY, BrandCultivationProcess.Elements.TASK_SUBMIT_PROGRESS_REPORT))
                .isEmpty();
        at(LocalDateTime.of(year, 8, 8, 10, 0));
        assertNothingFailed();
        for (String unit : List.of(WXY, JSJ, WGY)) {
            assertThat(cultivationTasks(unit, BrandCultivationProcess.Elements.TASK_SUBMIT_PROGRESS_REPORT))
                    .as(unit)
                    .hasSize(1);
        }
        at(LocalDateTime.of(year, 8, 10, 10, 0));
        complete(
                cultivationTasks(WXY, BrandCultivationProcess.Elements.TASK_SUBMIT_PROGRESS_REPORT)
                        .get(0),
                Map.of(
                        BrandCultivationProcess.Vars.ACTIVITIES.name(),
                        "读书沙龙四次",
                        BrandCultivationProcess.Vars.PARTICIPANTS.name(),
                        120,
                        BrandCultivationProcess.Vars.FUNDING_SPENT.name(),
                        4000));
        complete(
                cultivationTasks(WXY, BrandCultivationProcess.Elements.TASK_GUIDE_PROJECT)
                        .get(0),
                Map.of(
                        BrandCultivationProcess.Vars.ADVICE.name(),
                        "注重积累活动图片",
                        BrandCultivationProcess.Vars.RATING.name(),
                        "ON_TRACK"));
        awaitJobExecutor();
        assertNothingFailed();

        // ── 5 January 08:00: the building period ends for every project and the round turns to acceptance ──
        at(LocalDateTime.of(year + 1, 1, 5, 8, 0));
        assertNothingFailed();
        assertThat(rounds.findById(saved.getId()).orElseThrow().getStatus()).isEqualTo(RoundStatus.ACCEPTANCE);
        for (String unit : List.of(WXY, JSJ, WGY)) {
            assertThat(cultivationTasks(unit, BrandCultivationProcess.Elements.TASK_SUBMIT_SUMMARY))
                    .as(unit)
                    .hasSize(1);
            assertThat(cultivationTasks(unit, BrandCultivationProcess.Elements.TASK_SUBMIT_PROGRESS_REPORT))
                    .as("open reports close with the building period")
                    .isEmpty();
        }
        assertThat(beijing(timer(cultivation(JSJ), BrandCultivationProcess.Elements.TIMER_SUMMARY_DEADLINE)
                        .getDuedate()))
                .as("附件2 is due the minimum review days before the acceptance deadline")
                .isEqualTo(LocalDateTime.of(year + 1, 1, 24, 23, 59, 59));

        // ── 10 January: two units hand in 附件2; the experts are assigned in a job of its own ──
        at(LocalDateTime.of(year + 1, 1, 10, 10, 0));
        submitSummary(WXY);
        submitSummary(WGY);
        awaitJobExecutor();
        assertNothingFailed();
        assertThat(cultivationTasks(WXY, BrandCultivationProcess.Elements.TASK_ACCEPTANCE_REVIEW))
                .extracting(Task::getAssignee)
                .containsExactlyInAnyOrderElementsOf(UNION_EXPERTS);
        List<Task> womenAcceptance = cultivationTasks(WGY, BrandCultivationProcess.Elements.TASK_ACCEPTANCE_REVIEW);
        assertThat(womenAcceptance).extracting(Task::getAssignee).containsExactlyInAnyOrderElementsOf(WOMEN_EXPERTS);
        LocalDateTime acceptanceDue = beijing(womenAcceptance.get(0).getDueDate());
        assertThat(acceptanceDue)
                .as("the panel scores by the acceptance deadline, never in February")
                .isEqualTo(LocalDateTime.of(year + 1, 1, 31, 23, 59, 59));

        // ── 12 January: 文学院's panel scores in full, one of 外国语学院's four does not ──
        at(LocalDateTime.of(year + 1, 1, 12, 10, 0));
        scoreAcceptance(WXY, UNION_EXPERTS, 18);
        scoreAcceptance(WGY, WOMEN_EXPERTS.subList(0, 3), 16);
        awaitJobExecutor();
        assertNothingFailed();
        assertThat(project(saved.getId(), WXY).getStatus()).isEqualTo(ProjectStatus.PASSED);
        assertThat(project(saved.getId(), WGY).getStatus()).isEqualTo(ProjectStatus.SUMMARY_SUBMITTED);

        // ── 24 January 23:59:59: 计算机学院 has not handed in 附件2 ──
        at(LocalDateTime.of(year + 1, 1, 24, 23, 59, 58));
        assertThat(cultivationTasks(JSJ, BrandCultivationProcess.Elements.TASK_SUBMIT_SUMMARY))
                .hasSize(1);
        at(LocalDateTime.of(year + 1, 1, 24, 23, 59, 59));
        assertNothingFailed();
        assertThat(project(saved.getId(), JSJ).getStatus()).isEqualTo(ProjectStatus.SUMMARY_OVERDUE);

        // ── 31 January 23:59:59: 外国语学院's review closes without the fourth expert (3 of 4 is the quorum) ──
        at(acceptanceDue);
        assertNothingFailed();
        assertThat(project(saved.getId(), WGY).getStatus()).isEqualTo(ProjectStatus.PASSED);
        assertThat(project(saved.getId(), WGY).getAcceptanceScore()).isEqualByComparingTo("80.00");
        assertThat(cultivations()).isEmpty();

        // ── awards: ranked once every project is through, confirmed by the office, published ──
        List<Task> awards = roundTasks(BrandRoundProcess.Elements.TASK_CONFIRM_AWARDS);
        assertThat(awards).isNotEmpty();
        assertThat(rounds.findById(saved.getId()).orElseThrow().getStatus()).isEqualTo(RoundStatus.AWARDING);
        at(LocalDateTime.of(year + 1, 2, 3, 10, 0));
        for (Task confirmation : awards) {
            complete(confirmation, Map.of());
        }
        awaitJobExecutor();
        assertNothingFailed();

        assertThat(runtimeService
                        .createProcessInstanceQuery()
                        .processInstanceId(round.getId())
                        .count())
                .as("the round has ended")
                .isZero();
        assertThat(rounds.findById(saved.getId()).orElseThrow().getStatus()).isEqualTo(RoundStatus.CLOSED);
        BrandProject first = project(saved.getId(), WXY);
        assertThat(first.getStatus()).isEqualTo(ProjectStatus.AWARDED);
        assertThat(first.getAwardTier()).isEqualTo("FIRST");
        assertThat(first.getAcceptanceScore()).isEqualByComparingTo("90.00");
        assertThat(project(saved.getId(), WGY).getStatus()).isEqualTo(ProjectStatus.AWARDED);
        assertThat(statusTrail(first.getId()))
                .containsSubsequence(
                        "SUBMITTED",
                        "FORMALLY_CHECKED",
                        "UNDER_REVIEW",
                        "REVIEWED",
                        "APPROVED",
                        "PUBLISHED",
                        "BUILDING",
                        "SUMMARY_SUBMITTED",
                        "PASSED",
                        "AWARDED");
        assertThat(statusTrail(project(saved.getId(), JSJ).getId()))
                .containsSubsequence("REVIEWED", "ADJUSTING", "ADJUSTING", "APPROVED");
        assertThat(beijing(managementService
                        .createJobQuery()
                        .processDefinitionKey(BrandRoundProcess.YEARLY_KEY)
                        .timers()
                        .singleResult()
                        .getDuedate()))
                .as("next year's opening")
                .isEqualTo(LocalDateTime.of(year + 1, 3, 1, 8, 0));
    }

    // ── the people's steps ──

    private void submit(String unit, Map<String, Object> form) {
        complete(task(application(unit), TASK_FILL_APPLICATION), form);
    }

    private void passFormalCheck(String unit, String checkTask) {
        complete(
                task(application(unit), checkTask),
                Map.of(FORMAL_CHECK_RESULT.name(), FORMAL_CHECK_PASS, FORMAL_CHECK_COMMENT.name(), "材料齐全"));
    }

    /** {@code experts} null: every open review of the unit. */
    private void score(String unit, List<String> experts, int perCriterion) {
        Map<String, Object> form = new HashMap<>();
        for (ApprovalCriterion criterion : ApprovalCriterion.values()) {
            form.put(criterion.variable(), perCriterion);
        }
        form.put(REVIEW_OPINION.name(), "同意");
        for (Task review : reviews(unit)) {
            if (experts == null || experts.contains(review.getAssignee())) {
                complete(review, form);
            }
        }
    }

    private void decide(String unit, ApprovalDecision decision, String opinion) {
        Map<String, Object> form = new HashMap<>();
        form.put(DECISION.name(), decision.name());
        if (opinion != null) {
            form.put(DECISION_OPINION.name(), opinion);
        }
        complete(task(application(unit), TASK_DECIDE_APPROVAL), form);
    }

    private void submitSummary(String unit) {
        complete(
                cultivationTasks(unit, BrandCultivationProcess.Elements.TASK_SUBMIT_SUMMARY)
                        .get(0),
                Map.of(
                        BrandCultivationProcess.Vars.IMPLEMENTATION.name(),
                        "全年开展活动四次",
                        BrandCultivationProcess.Vars.RESULTS.name(),
                        "形成品牌",
                        BrandCultivationProcess.Vars.FUNDING_USED.name(),
                        "6000"));
    }

    private void scoreAcceptance(String unit, List<String> experts, int perCriterion) {
        Map<String, Object> form = new HashMap<>();
        for (AcceptanceCriterion criterion : AcceptanceCriterion.values()) {
            form.put(criterion.variable(), perCriterion);
        }
        form.put(BrandCultivationProcess.Vars.ACCEPTANCE_OPINION.name(), "汇报清楚");
        for (Task review : cultivationTasks(unit, BrandCultivationProcess.Elements.TASK_ACCEPTANCE_REVIEW)) {
            if (experts.contains(review.getAssignee())) {
                complete(review, form);
            }
        }
    }

    private void complete(Task task, Map<String, Object> variables) {
        assertThat(task).isNotNull();
        taskService.complete(task.getId(), variables);
    }

    // ── where things stand ──

    private String key(String unit) {
        return BusinessKey.ofUnit(year, unit).toString();
    }

    private List<ProcessInstance> applications() {
        return runtimeService
                .createProcessInstanceQuery()
                .processDefinitionKey(BrandApplicationProcess.KEY)
                .superProcessInstanceId(round.getId())
                .list();
    }

    private ProcessInstance application(String unit) {
        return runtimeService
                .createProcessInstanceQuery()
                .processDefinitionKey(BrandApplicationProcess.KEY)
                .processInstanceBusinessKey(key(unit))
                .singleResult();
    }

    private List<ProcessInstance> cultivations() {
        return runtimeService
                .createProcessInstanceQuery()
                .processDefinitionKey(BrandCultivationProcess.KEY)
                .superProcessInstanceId(round.getId())
                .list();
    }

    private ProcessInstance cultivation(String unit) {
        return runtimeService
                .createProcessInstanceQuery()
                .processDefinitionKey(BrandCultivationProcess.KEY)
                .processInstanceBusinessKey(key(unit))
                .singleResult();
    }

    private Task task(ProcessInstance instance, String taskKey) {
        assertThat(instance).as("process instance for " + taskKey).isNotNull();
        return taskService
                .createTaskQuery()
                .processInstanceId(instance.getId())
                .taskDefinitionKey(taskKey)
                .singleResult();
    }

    private List<Task> reviews(String unit) {
        return taskService
                .createTaskQuery()
                .processInstanceId(application(unit).getId())
                .taskDefinitionKey(TASK_EXPERT_REVIEW)
                .list();
    }

    private List<Task> roundTasks(String taskKey) {
        return taskService
                .createTaskQuery()
                .processInstanceId(round.getId())
                .taskDefinitionKey(taskKey)
                .list();
    }

    private List<Task> cultivationTasks(String unit, String taskKey) {
        return taskService
                .createTaskQuery()
                .processInstanceId(cultivation(unit).getId())
                .taskDefinitionKey(taskKey)
                .list();
    }

    private Job timer(ProcessInstance instance, String activityId) {
        return managementService
                .createJobQuery()
                .processInstanceId(instance.getId())
                .activityId(activityId)
                .timers()
                .singleResult();
    }
}
