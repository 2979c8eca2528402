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
import cn.edu.jsnu.yihuiyipin.unit.GrassrootsUnit;
import cn.edu.jsnu.yihuiyipin.unit.GrassrootsUnitRepository;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Service;

/**
 * Whoever may complete a task may send any variables with it, and the engine writes them to the
 * process instance. The variables that route work (which unit, round and project; which office and
 * expert panel) are therefore checked against what the business key and the database say, whenever a
 * task is created or completed: a unit cannot send its 立项审定 to itself or write into another unit's
 * project.
 */
@Service
public class ProtectedVariables {

    private final BrandRoundRepository rounds;
    private final GrassrootsUnitRepository units;
    private final BrandProjectRepository projects;

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

    Map<ProcessVariable<?>, Object> expected(BusinessKey keys) {
        Map<ProcessVariable<?>, Object> expected = new LinkedHashMap<>();
        expected.put(ROUND_YEAR, keys.year());
        Optional<BrandRound> round = rounds.findByYear(keys.year());
        round.ifPresent(r -> expected.put(ROUND_ID, r.getId()));
        if (keys.unitCode() == null) {
            return expected;
        }
        Optional<GrassrootsUnit> unit = units.findByCode(keys.unitCode());
        if (unit.isEmpty()) {
            return expected;
        }
        expected.put(UNIT_CODE, unit.get().getCode());
        expected.put(UNIT_GROUP, unit.get().getGroupId());
        expected.put(CHANNEL, unit.get().getChannel().name());
        expected.put(OFFICE_GROUP, unit.get().getChannel().officeGroup());
        expected.put(EXPERT_GROUP, unit.get().getChannel().expertGroup());
        round.ifPresent(r -> expected.put(
                PROJECT_ID,
                projects.findByRoundIdAndUnitId(r.getId(), unit.get().getId())
                        .map(BrandProject::getId)
                        .orElse(null)));
        return expected;
    }

    /** Tasklist and REST send numbers as Integer, Long or Double: 42 and 42L are the same project. */
    private static boolean sameValue(Object actual, Object expected) {
        return Objects.equals(actual == null ? null : actual.toString(), expected == null ? null : expected.toString());
    }
}
