package cn.edu.jsnu.yihuiyipin.bench;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.AbstractMap;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.LongStream;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The expression beans of the models on the bare engine: every {@code ${…Delegate}} and {@code ${…Listener}}
 * is a no-op that touches no table. Where the model itself reads a variable a delegate or listener sets
 * (the units to call, the reviewers of a multi-instance, a gateway's condition, a timer's date, a task's
 * candidate group), the no-op sets it to a constant of the benchmark round, so the same driver walks the
 * same path through the same models. Nothing else is set: no JPA, no titles, no guards, no grants.
 */
final class BareEngineBeans extends AbstractMap<Object, Object> {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final BenchUnits units;
    private final int year;
    private final Map<String, Object> special = new HashMap<>();

    BareEngineBeans(BenchUnits units, int year) {
        this.units = units;
        this.year = year;
        special.put("openRoundDelegate", bean(this::openRound));
        special.put("prepareApplicationDelegate", bean(this::prepareApplication));
        special.put(
                "saveApplicationDelegate",
                bean(scope -> scope.setVariable(
                        "projectId", (long) BenchUnits.index((String) scope.getVariable("unitCode")))));
        special.put("assignReviewersDelegate", bean(scope -> {
            scope.setVariable("reviewers", units.panel((String) scope.getVariable("channel")));
            scope.setVariable("reviewDueDate", date(LocalDateTime.of(year, 4, 30, 23, 59, 59)));
        }));
        special.put(
                "prepareApprovedListDelegate",
                bean(scope -> scope.setVariableLocal(
                        "officeGroup", BenchUnits.officeGroup((String) scope.getVariable("channel")))));
        special.put(
                "approvedListConfirmationListener", bean(scope -> scope.setVariable("approvedListAdjusted", false)));
        special.put("prepareCultivationDelegate", bean(this::prepareCultivation));
        special.put("openProgressPeriodDelegate", bean(scope -> {
            scope.setVariableLocal("progressReportDueDate", date(LocalDateTime.of(year, 7, 31, 23, 59, 59)));
            scope.setVariableLocal("progressReportOverdueAt", date(LocalDateTime.of(year, 8, 1, 0, 0)));
        }));
        special.put("assignAcceptanceExpertsDelegate", bean(scope -> {
            scope.setVariable("acceptanceExperts", units.panel(channelOfProject(scope)));
            scope.setVariable("acceptanceReviewDueDate", date(LocalDateTime.of(year + 1, 1, 31, 23, 59, 59)));
        }));
        special.put("scoreAcceptanceDelegate", bean(scope -> scope.setVariable("acceptancePassed", true)));
        special.put(
                "prepareAwardListDelegate",
                bean(scope -> scope.setVariableLocal(
                        "officeGroup", BenchUnits.officeGroup((String) scope.getVariable("channel")))));
        special.put("confirmAwardsListener", bean(scope -> scope.setVariable("awardsAdjusted", false)));
        special.put("roundChannels", new Channels());
        special.put("taskDeadlines", new Deadlines());
        special.put("taskReminders", new Reminders());
        special.put("cultivationProjects", new Projects());
    }

    private void openRound(VariableScope scope) {
        scope.setVariable("roundId", 1L);
        scope.setVariable("unitCodes", units.codes());
        scope.setVariable("applicationDeadline", date(LocalDateTime.of(year, 3, 31, 23, 59, 59)));
        scope.setVariable("reviewStart", date(LocalDateTime.of(year, 4, 1, 8, 0)));
        scope.setVariable("reviewDeadline", date(LocalDateTime.of(year, 4, 30, 23, 59, 59)));
        scope.setVariable("acceptanceStart", date(LocalDateTime.of(year + 1, 1, 5, 8, 0)));
        scope.setVariable("acceptanceDeadline", date(LocalDateTime.of(year + 1, 1, 31, 23, 59, 59)));
    }

    private void prepareApplication(VariableScope scope) {
        String code = (String) scope.getVariable("unitCode");
        String channel = BenchUnits.channel(code);
        scope.setVariable("roundYear", year);
        scope.setVariable("unitGroup", BenchUnits.group(code));
        scope.setVariable("channel", channel);
        scope.setVariable("officeGroup", BenchUnits.officeGroup(channel));
        scope.setVariable("expertGroup", BenchUnits.expertGroup(channel));
        scope.setVariable("applicationDeadline", date(LocalDateTime.of(year, 3, 31, 23, 59, 59)));
        scope.setVariable("reviewStart", date(LocalDateTime.of(year, 4, 1, 8, 0)));
        scope.setVariable("reviewDeadline", date(LocalDateTime.of(year, 4, 30, 23, 59, 59)));
    }

    private void prepareCultivation(VariableScope scope) {
        String channel = channelOfProject(scope);
        String code = BenchUnits.code(((Number) scope.getVariable("projectId")).intValue());
        scope.setVariable("unitGroup", BenchUnits.group(code));
        scope.setVariable("officeGroup", BenchUnits.officeGroup(channel));
        scope.setVariable("expertGroup", BenchUnits.expertGroup(channel));
        scope.setVariable("acceptanceStart", date(LocalDateTime.of(year + 1, 1, 5, 8, 0)));
        scope.setVariable("acceptanceDeadline", date(LocalDateTime.of(year + 1, 1, 31, 23, 59, 59)));
        scope.setVariable("summaryDueDate", date(LocalDateTime.of(year + 1, 1, 31, 23, 59, 59)));
        scope.setVariable("progressReportCycle", "R/P3M");
    }

    private static String channelOfProject(VariableScope scope) {
        return BenchUnits.channel(BenchUnits.code(((Number) scope.getVariable("projectId")).intValue()));
    }

    private static Date date(LocalDateTime time) {
        return Date.from(time.atZone(ZONE).toInstant());
    }

    /** Every delegate and listener the map does not name specially is a no-op. */
    @Override
    public boolean containsKey(Object key) {
        return special.containsKey(key) || isDelegateOrListener(key);
    }

    @Override
    public Object get(Object key) {
        Object bean = special.get(key);
        return bean != null ? bean : isDelegateOrListener(key) ? bean(scope -> {}) : null;
    }

    @Override
    public Set<Entry<Object, Object>> entrySet() {
        return Map.<Object, Object>copyOf(special).entrySet();
    }

    private static boolean isDelegateOrListener(Object key) {
        return key instanceof String name && (name.endsWith("Delegate") || name.endsWith("Listener"));
    }

    private static Bean bean(Consumer<VariableScope> effect) {
        return new Bean(effect);
    }

    /** A delegate, execution listener or task listener whose only effect is the variables the model reads. */
    static final class Bean implements JavaDelegate, ExecutionListener, TaskListener {
        private final Consumer<VariableScope> effect;

        Bean(Consumer<VariableScope> effect) {
            this.effect = effect;
        }

        @Override
        public void execute(DelegateExecution execution) {
            effect.accept(execution);
        }

        @Override
        public void notify(DelegateExecution execution) {
            effect.accept(execution);
        }

        @Override
        public void notify(DelegateTask task) {
            effect.accept(task);
        }
    }

    /** {@code roundChannels}: both channels have approved and passed projects in the benchmark round. */
    public final class Channels {
        public List<String> withApprovedProjects(Object roundId) {
            return List.of(BenchUnits.UNION, BenchUnits.WOMEN);
        }

        public List<String> withPassedProjects(Object roundId) {
            return List.of(BenchUnits.UNION, BenchUnits.WOMEN);
        }
    }

    /**
     * {@code taskDeadlines}: an office task is due five days after it opens, at 23:59:59 (the application's
     * defaults without their configuration), so the bare engine carries the same timers.
     */
    public static final class Deadlines {
        public Date office(String kind) {
            LocalDate opened = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZONE);
            return date(opened.plusDays(5).atTime(23, 59, 59));
        }
    }

    /** {@code taskReminders}: the default reminders, 3 and 1 days before the due date at 08:00. */
    public static final class Reminders {
        public String before(Date dueDate) {
            LocalDateTime due = LocalDateTime.ofInstant(dueDate.toInstant(), ZONE);
            return "R2/" + due.toLocalDate().minusDays(3).atTime(8, 0) + ":00/P2D";
        }
    }

    /** {@code cultivationProjects}: every unit's project is published; a project id is its unit's index. */
    public final class Projects {
        public List<Long> publishedIds(Object roundId) {
            return LongStream.rangeClosed(1, units.size()).boxed().toList();
        }

        public String businessKey(Object projectId) {
            return year + "/" + BenchUnits.code(((Number) projectId).intValue());
        }
    }
}
