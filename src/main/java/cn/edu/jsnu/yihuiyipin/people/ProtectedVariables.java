package cn.edu.jsnu.yihuiyipin.people;

import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.*;
import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.Elements.*;
import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.Vars.*;
import static cn.edu.jsnu.yihuiyipin.process.SharedVariables.*;

import cn.edu.jsnu.yihuiyipin.process.BusinessKey;
import cn.edu.jsnu.yihuiyipin.process.ProcessVariable;
import cn.edu.jsnu.yihuiyipin.project.BrandProject;
import cn.edu.jsnu.yihuiyipin.project.BrandProjectRepository;
import cn.edu.jsnu.yihuiyipin.project.BrandRound;
import cn.edu.jsnu.yihuiyipin.project.BrandRoundRepository;
import cn.edu.jsnu.yihuiyipin.system.InvalidTaskInputException;
import cn.edu.jsnu.yihuiyipin.unit.Channel;
import cn.edu.jsnu.yihuiyipin.unit.GrassrootsUnit;
import cn.edu.jsnu.yihuiyipin.unit.GrassrootsUnitRepository;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Whoever may complete a task may send any variables with it, and the engine writes them to the
 * process instance. The variables that route work (which unit, round and project; which office and
 * expert panel) are therefore checked against what the business key and the database say, whenever a
 * task is created or completed: a unit cannot send its 立项审定 to itself or write into another unit's
 * project.
 *
 * <p>A step completes one task and creates the next in one transaction, often for the same business key: what
 * the three look-ups found is kept until that transaction ends. Only what was found: 保存申报表 saves the
 * project in the same transaction that then checks its {@code projectId}, so "no project yet" is asked again.
 */
@Service
public class ProtectedVariables {

    private final BrandRoundRepository rounds;
    private final GrassrootsUnitRepository units;
    private final BrandProjectRepository projects;
    /** This guard's look-ups in the current transaction (a resource of Spring's transaction synchronisation). */
    private final Object lookupsKey = new Object();

    ProtectedVariables(BrandRoundRepository rounds, GrassrootsUnitRepository units, BrandProjectRepository projects) {
        this.rounds = rounds;
        this.units = units;
        this.projects = projects;
    }

    public void check(DelegateTask task) {
        Optional<BusinessKey> keys = BusinessKey.parse(task.getExecution().getProcessBusinessKey());
        if (keys.isEmpty()) {
            return;
        }
        Map<ProcessVariable<?>, Object> expected = expected(keys.get());
        for (Map.Entry<ProcessVariable<?>, Object> entry : expected.entrySet()) {
            Object actual = entry.getKey().raw(task.getExecution());
            boolean projectNotYetSaved = entry.getKey() == PROJECT_ID && entry.getValue() == null;
            if ((actual != null || projectNotYetSaved) && !sameValue(actual, entry.getValue())) {
                throw new InvalidTaskInputException("不能修改流程数据“" + entry.getKey().name() + "”：提交任务时只能填写本表单中的内容");
            }
        }
    }

    /**
     * The unit's channel, from the same look-up the guard makes when the unit's first task is created: a
     * brand-application's tenant ({@link ChannelTenantIdProvider}) costs no query of its own.
     */
    Optional<Channel> channelOfUnit(String unitCode) {
        return lookUp(new UnitOfCode(unitCode), () -> units.findByCode(unitCode).map(UnitFacts::of))
                .map(UnitFacts::channel);
    }

    Map<ProcessVariable<?>, Object> expected(BusinessKey keys) {
        Map<ProcessVariable<?>, Object> expected = new LinkedHashMap<>();
        expected.put(ROUND_YEAR, keys.year());
        Optional<Long> roundId = lookUp(
                new RoundOfYear(keys.year()),
                () -> rounds.findByYear(keys.year()).map(BrandRound::getId));
        roundId.ifPresent(id -> expected.put(ROUND_ID, id));
        if (keys.unitCode() == null) {
            return expected;
        }
        Optional<UnitFacts> unit = lookUp(
                new UnitOfCode(keys.unitCode()),
                () -> units.findByCode(keys.unitCode()).map(UnitFacts::of));
        if (unit.isEmpty()) {
            return expected;
        }
        expected.put(UNIT_CODE, unit.get().code());
        expected.put(UNIT_GROUP, unit.get().groupId());
        expected.put(CHANNEL, unit.get().channel().name());
        expected.put(OFFICE_GROUP, unit.get().channel().officeGroup());
        expected.put(EXPERT_GROUP, unit.get().channel().expertGroup());
        roundId.ifPresent(id -> expected.put(
                PROJECT_ID,
                lookUp(
                                new ProjectOfUnit(id, unit.get().id()),
                                () -> projects.findByRoundIdAndUnitId(
                                                id, unit.get().id())
                                        .map(BrandProject::getId))
                        .orElse(null)));
        return expected;
    }

    private record RoundOfYear(int year) {}

    private record UnitOfCode(String code) {}

    private record ProjectOfUnit(Long roundId, Long unitId) {}

    /** What the guard needs of a unit, as values: safe to keep whatever happens to the persistence context. */
    private record UnitFacts(Long id, String code, String groupId, Channel channel) {
        static UnitFacts of(GrassrootsUnit unit) {
            return new UnitFacts(unit.getId(), unit.getCode(), unit.getGroupId(), unit.getChannel());
        }
    }

    /** The value found earlier in this transaction, else the query's; only a found value is kept. */
    @SuppressWarnings("unchecked")
    private <T> Optional<T> lookUp(Object key, Supplier<Optional<T>> query) {
        Map<Object, Object> found = lookupsOfThisTransaction();
        if (found == null) {
            return query.get();
        }
        T known = (T) found.get(key);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<T> value = query.get();
        value.ifPresent(v -> found.put(key, v));
        return value;
    }

    /** The map bound to the current transaction, made on first use and dropped when it ends; null outside one. */
    @SuppressWarnings("unchecked")
    private Map<Object, Object> lookupsOfThisTransaction() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        Map<Object, Object> found = (Map<Object, Object>) TransactionSynchronizationManager.getResource(lookupsKey);
        if (found != null) {
            return found;
        }
        Map<Object, Object> fresh = new HashMap<>();
        TransactionSynchronizationManager.bindResource(lookupsKey, fresh);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            // a REQUIRES_NEW transaction inside this one starts without them and keeps its own
            @Override
            public void suspend() {
                TransactionSynchronizationManager.unbindResource(lookupsKey);
            }

            @Override
            public void resume() {
                TransactionSynchronizationManager.bindResource(lookupsKey, fresh);
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(lookupsKey);
            }
        });
        return fresh;
    }

    /** Tasklist and REST send numbers as Integer, Long or Double: 42 and 42L are the same project. */
    private static boolean sameValue(Object actual, Object expected) {
        return Objects.equals(actual == null ? null : actual.toString(), expected == null ? null : expected.toString());
    }
}
