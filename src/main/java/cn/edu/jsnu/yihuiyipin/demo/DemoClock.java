package cn.edu.jsnu.yihuiyipin.demo;

import cn.edu.jsnu.yihuiyipin.process.BusinessKey;
import cn.edu.jsnu.yihuiyipin.project.BrandRound;
import cn.edu.jsnu.yihuiyipin.project.BrandRoundRepository;
import cn.edu.jsnu.yihuiyipin.project.RoundStatus;
import cn.edu.jsnu.yihuiyipin.system.ProcessDates;
import cn.edu.jsnu.yihuiyipin.unit.GrassrootsUnit;
import cn.edu.jsnu.yihuiyipin.unit.GrassrootsUnitRepository;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo time that waits for people: {@link #advance()} fires the next phase of the current round now,
 * that is every timer of the round (its own and its units' and projects') due on the earliest day any
 * of them is due, in due order, each in a transaction of its own as the job executor would run it, and
 * then everything they set going (reviewers assigned, funding, …) until nothing is left to run. The
 * clock stays the real one: a step is a jump to the next date something was waiting for, so deadlines
 * count from that jump. Nothing moves unless an admin says so (demo-time's 演示：进入下一阶段, or a button
 * on the application's pages); the wall-clock mode {@code yihui.round.compressed-phase-minutes} stays as
 * an option.
 *
 * <p>Call it outside any transaction: each timer must commit on its own, as at its real date.
 */
@Service
@Profile("demo")
public class DemoClock {

    private static final Logger log = LoggerFactory.getLogger(DemoClock.class);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");
    /** How long the job executor may take for what a step set going, before the step reports it as still running. */
    private static final Duration SETTLE = Duration.ofSeconds(60);
    /** Names listed per kind of timer or task before “等 N 个”. */
    private static final int LISTED = 6;

    private final ProcessEngine engine;
    private final ManagementService management;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final RepositoryService repository;
    private final IdentityService identity;
    private final BrandRoundRepository rounds;
    private final GrassrootsUnitRepository units;
    private final TransactionTemplate ownTransaction;

    DemoClock(
            ProcessEngine engine,
            BrandRoundRepository rounds,
            GrassrootsUnitRepository units,
            PlatformTransactionManager transactionManager) {
        this.engine = engine;
        this.management = engine.getManagementService();
        this.runtime = engine.getRuntimeService();
        this.tasks = engine.getTaskService();
        this.repository = engine.getRepositoryService();
        this.identity = engine.getIdentityService();
        this.rounds = rounds;
        this.units = units;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The round the demo's time moves: the latest year not closed yet. */
    public Optional<BrandRound> currentRound() {
        return rounds.findAll().stream()
                .filter(round -> round.getStatus() != RoundStatus.CLOSED && round.getProcessInstanceId() != null)
                .max(Comparator.comparingInt(BrandRound::getYear));
    }

    public boolean hasOpenRound() {
        return currentRound().isPresent();
    }

    /** Fires the current round's next phase and tells what it fired and where the round stands now. */
    public synchronized DemoStep advance() {
        // the job executor runs timers as nobody; so does this, whoever asked for it
        Authentication caller = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return fireNextPhase();
        } finally {
            if (caller != null) {
                identity.setAuthentication(caller);
            }
        }
    }

    /** Where the current round stands and what {@link #advance()} would fire (Markdown). */
    public String preview() {
        Optional<BrandRound> round = currentRound();
        if (round.isEmpty()) {
            return "没有进行中的年度：年度结束后，“进入下一阶段”将结束演示时间。";
        }
        String root = round.get().getProcessInstanceId();
        Names names = new Names(root);
        List<Job> phase = nextPhase(root);
        StringBuilder text = new StringBuilder(situation(round.get(), names));
        if (phase.isEmpty()) {
            text.append("\n\n下一步：没有等待中的计时事件，本阶段等待有关人员办理待办任务。");
        } else {
            text.append("\n\n下一步（计划时间 ")
                    .append(MOMENT.format(due(phase.get(0))))
                    .append("）将触发：\n\n")
                    .append(list(group(phase, names)));
        }
        return text.toString();
    }

    private DemoStep fireNextPhase() {
        Optional<BrandRound> current = currentRound();
        if (current.isEmpty()) {
            return new DemoStep("没有进行中的年度", "没有可推进的计时事件。", 0);
        }
        BrandRound round = current.get();
        String root = round.getProcessInstanceId();
        List<String> problems = new ArrayList<>(settle(root));
        List<Job> phase = nextPhase(root);
        Names names = new Names(root);
        if (phase.isEmpty()) {
            return new DemoStep(
                    round.getYear() + "年度：没有等待中的计时事件", "本阶段等待有关人员办理待办任务，办理后再进入下一阶段。\n\n" + situation(round, names), 0);
        }
        LocalDateTime moment = due(phase.get(0));
        Map<String, List<String>> fired = group(phase, names);
        for (Job timer : phase) {
            try {
                inOwnTransaction(() -> management.executeJob(timer.getId()));
            } catch (ProcessEngineException e) {
                problems.add(names.activity(timer) + "（" + names.unit(timer) + "）：" + e.getMessage());
            }
            problems.addAll(settle(root));
        }
        log.info("Demo time: {} timers of the {} round fired (due {})", phase.size(), round.getYear(), moment);
        BrandRound after = rounds.findById(round.getId()).orElse(round);
        StringBuilder details = new StringBuilder("已触发（计划时间 ")
                .append(MOMENT.format(moment))
                .append("）：\n\n")
                .append(list(fired));
        if (!problems.isEmpty()) {
            details.append("\n\n未能完成（作业执行器将按重试规则再试，见 Cockpit）：\n\n");
            problems.forEach(problem -> details.append("- ").append(problem).append('\n'));
        }
        details.append("\n\n").append(situation(after, new Names(root)));
        return new DemoStep(
                after.getYear() + "年度：" + String.join("、", fired.keySet()), details.toString(), phase.size());
    }

    /**
     * The due date of 演示：进入下一阶段: when the round's next phase falls due by the calendar anyway
     * (null, no due date, when nothing waits for time).
     */
    public Date nextPhaseDue() {
        return currentRound()
                .map(round -> nextPhase(round.getProcessInstanceId()))
                .filter(phase -> !phase.isEmpty())
                .map(phase -> phase.get(0).getDuedate())
                .orElse(null);
    }

    /** The round's timers due on the earliest day any of them is due, in due order. */
    private List<Job> nextPhase(String root) {
        Map<String, String> activities = new HashMap<>();
        List<Job> timers = management.createJobQuery().rootProcessInstanceId(root).timers().list().stream()
                .filter(job -> job.getRetries() > 0 && job.getDuedate() != null)
                .filter(job -> isPhaseTimer(job, activities))
                .sorted(Comparator.comparing(Job::getDuedate).thenComparing(Job::getId))
                .toList();
        if (timers.isEmpty()) {
            return List.of();
        }
        LocalDate day = due(timers.get(0)).toLocalDate();
        return timers.stream().filter(job -> due(job).toLocalDate().equals(day)).toList();
    }

    /**
     * The reminders and escalations on tasks (到期提醒, 逾期上报) are no phase of the round: demo time
     * leaves them to the clock, or the next phase would be a reminder, not a deadline.
     */
    private boolean isPhaseTimer(Job job, Map<String, String> activities) {
        String activityId = activities.computeIfAbsent(
                job.getJobDefinitionId(),
                definition -> management
                        .createJobDefinitionQuery()
                        .jobDefinitionId(definition)
                        .singleResult()
                        .getActivityId());
        return !activityId.startsWith("Timer_Remind_") && !activityId.startsWith("Timer_Escalate_");
    }

    /**
     * Runs what is due now in the round (continuations the timers left), as the job executor does, until
     * nothing is left; with a running job executor it waits for it instead of competing with it.
     */
    private List<String> settle(String root) {
        List<String> problems = new ArrayList<>();
        Instant giveUp = Instant.now().plus(SETTLE);
        while (true) {
            List<Job> due = management
                    .createJobQuery()
                    .rootProcessInstanceId(root)
                    .executable()
                    .orderByJobId()
                    .asc()
                    .list();
            if (due.isEmpty()) {
                return problems;
            }
            if (Instant.now().isAfter(giveUp)) {
                problems.add("还有 " + due.size() + " 个后续步骤在执行，请稍后刷新");
                return problems;
            }
            if (jobExecutorRunning()) {
                pause();
                continue;
            }
            for (Job job : due) {
                try {
                    inOwnTransaction(() -> management.executeJob(job.getId()));
                } catch (ProcessEngineException e) {
                    // the failed job's retries and next due date are the engine's (FailedJobListener)
                    problems.add(job.getProcessInstanceId() + "：" + e.getMessage());
                }
            }
        }
    }

    private boolean jobExecutorRunning() {
        JobExecutor executor =
                ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
        return executor != null && executor.isActive();
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the job executor ran the demo's step", e);
        }
    }

    private void inOwnTransaction(Runnable work) {
        ownTransaction.executeWithoutResult(status -> work.run());
    }

    private String situation(BrandRound round, Names names) {
        Map<String, List<String>> open = new TreeMap<>();
        List<String> instances = names.instanceIds();
        if (!instances.isEmpty()) {
            for (Task task : tasks.createTaskQuery()
                    .processInstanceIdIn(instances.toArray(String[]::new))
                    .orderByTaskCreateTime()
                    .asc()
                    .list()) {
                open.computeIfAbsent(
                                names.activity(task.getProcessDefinitionId(), task.getTaskDefinitionKey()),
                                k -> new ArrayList<>())
                        .add(names.unitOfInstance(task.getProcessInstanceId()));
            }
        }
        String status = round.getYear() + "年度当前阶段：" + round.getStatus().label() + "。";
        if (open.isEmpty()) {
            return status + "没有待办任务。";
        }
        return status + "待办任务：\n\n" + list(open);
    }

    private static Map<String, List<String>> group(List<Job> jobs, Names names) {
        Map<String, List<String>> grouped = new LinkedHashMap<>();
        for (Job job : jobs) {
            grouped.computeIfAbsent(names.activity(job), k -> new ArrayList<>()).add(names.unit(job));
        }
        return grouped;
    }

    private static String list(Map<String, List<String>> grouped) {
        return grouped.entrySet().stream()
                .map(entry ->
                        "- " + entry.getKey() + " ×" + entry.getValue().size() + "（" + names(entry.getValue()) + "）")
                .collect(Collectors.joining("\n"));
    }

    private static String names(List<String> names) {
        List<String> distinct = names.stream().distinct().toList();
        String shown = String.join("、", distinct.subList(0, Math.min(LISTED, distinct.size())));
        return distinct.size() > LISTED ? shown + " 等 " + distinct.size() + " 个" : shown;
    }

    private static LocalDateTime due(Job job) {
        return ProcessDates.toLocalDateTime(job.getDuedate());
    }

    /** Element names and units of one round's process instances, read once per step. */
    private final class Names {

        private final Map<String, String> unitByInstance = new HashMap<>();
        private final Map<String, String> activityByJobDefinition = new HashMap<>();
        private final Map<String, String> elementNames = new HashMap<>();

        Names(String root) {
            for (ProcessInstance instance : runtime.createProcessInstanceQuery()
                    .rootProcessInstanceId(root)
                    .list()) {
                unitByInstance.put(instance.getId(), unitName(instance.getBusinessKey()));
            }
        }

        List<String> instanceIds() {
            return List.copyOf(unitByInstance.keySet());
        }

        String unit(Job job) {
            return unitOfInstance(job.getProcessInstanceId());
        }

        String unitOfInstance(String processInstanceId) {
            return unitByInstance.getOrDefault(processInstanceId, "全校");
        }

        String activity(Job job) {
            String activityId = activityByJobDefinition.computeIfAbsent(
                    job.getJobDefinitionId(),
                    id -> management
                            .createJobDefinitionQuery()
                            .jobDefinitionId(id)
                            .singleResult()
                            .getActivityId());
            return activity(job.getProcessDefinitionId(), activityId);
        }

        String activity(String processDefinitionId, String activityId) {
            return elementNames.computeIfAbsent(processDefinitionId + "#" + activityId, key -> {
                FlowElement element =
                        repository.getBpmnModelInstance(processDefinitionId).getModelElementById(activityId);
                return element != null && element.getName() != null ? element.getName() : activityId;
            });
        }

        private String unitName(String businessKey) {
            return BusinessKey.parse(businessKey)
                    .filter(key -> key.unitCode() != null)
                    .flatMap(key -> units.findByCode(key.unitCode()))
                    .map(GrassrootsUnit::getName)
                    .orElse("全校");
        }
    }
}
