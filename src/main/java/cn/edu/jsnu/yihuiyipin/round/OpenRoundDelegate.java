package cn.edu.jsnu.yihuiyipin.round;

import static cn.edu.jsnu.yihuiyipin.round.BrandRoundProcess.*;

import cn.edu.jsnu.yihuiyipin.unit.GrassrootsUnit;
import cn.edu.jsnu.yihuiyipin.unit.GrassrootsUnitRepository;
import cn.edu.jsnu.yihuiyipin.system.FormValues;
import cn.edu.jsnu.yihuiyipin.system.ProcessDates;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import cn.edu.jsnu.yihuiyipin.project.BrandRound;
import cn.edu.jsnu.yihuiyipin.project.BrandRoundRepository;
import cn.edu.jsnu.yihuiyipin.project.RoundSchedule;

/**
 * 开启年度申报 ({@code Task_OpenRound}). Reads the start form ({@code roundYear}, {@code fundingPool},
 * optional dates); the yearly timer passes none, so this year and the configured pool apply.
 * Persists the round with its phase dates and sets {@code roundId}, {@code roundYear},
 * {@code fundingPool} and {@code unitCodes} (the active grassroots units). A second round for a year
 * is refused: the start fails with the reason and nothing is stored.
 */
@Component
class OpenRoundDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(OpenRoundDelegate.class);

    private final BrandRoundRepository rounds;
    private final GrassrootsUnitRepository units;
    private final RoundScheduleCalculator calculator;
    private final RoundProperties properties;
    private final Clock clock;

    OpenRoundDelegate(BrandRoundRepository rounds, GrassrootsUnitRepository units, RoundScheduleCalculator calculator,
            RoundProperties properties, Clock clock) {
        this.rounds = rounds;
        this.units = units;
        this.calculator = calculator;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Integer requestedYear = FormValues.wholeNumber(execution.getVariable(ROUND_YEAR));
        int year = requestedYear != null ? requestedYear : LocalDate.now(clock).getYear();
        if (rounds.existsByYear(year)) {
            throw new ProcessEngineException(year + "年度“一会一品”品牌创建已经开启，不能重复开启");
        }
        BigDecimal pool = FormValues.decimal(execution.getVariable(FUNDING_POOL));
        if (pool == null) {
            pool = properties.defaultFundingPool();
        }
        if (pool.signum() < 0) {
            throw new ProcessEngineException("项目建设经费总额不能为负数");
        }
        RoundSchedule schedule;
        try {
            schedule = calculator.schedule(year, new RoundScheduleCalculator.Overrides(
                    date(execution, APPLICATION_DEADLINE), date(execution, REVIEW_START), date(execution, REVIEW_DEADLINE),
                    date(execution, ACCEPTANCE_START), date(execution, ACCEPTANCE_DEADLINE)));
        } catch (IllegalArgumentException e) {
            throw new ProcessEngineException(e.getMessage(), e);
        }
        // a deadline already past would end every unit's application as 逾期未申报 at once
        if (!schedule.applicationDeadline().isAfter(LocalDateTime.now(clock))) {
            throw new ProcessEngineException(year + "年度的申报截止时间（" + schedule.applicationDeadline().toLocalDate()
                    + "）已过，请在开启表单中填写今后的申报截止、评审及验收日期");
        }

        BrandRound round = new BrandRound(year, pool.setScale(2, java.math.RoundingMode.DOWN), schedule);
        round.setProcessInstanceId(execution.getProcessInstanceId());
        round = rounds.save(round);

        List<String> unitCodes = new ArrayList<>(units.findByActiveTrueOrderBySortOrder().stream()
                .map(GrassrootsUnit::getCode).toList());
        execution.setProcessBusinessKey(String.valueOf(year));
        execution.setVariable(ROUND_ID, round.getId());
        execution.setVariable(ROUND_YEAR, year);
        execution.setVariable(FUNDING_POOL, round.getFundingPool().toPlainString());
        execution.setVariable(UNIT_CODES, unitCodes);
        // the form's date strings are replaced by the dates in force, for Cockpit and the later forms
        execution.setVariable(APPLICATION_DEADLINE, ProcessDates.toDate(schedule.applicationDeadline()));
        execution.setVariable(REVIEW_START, ProcessDates.toDate(schedule.reviewStart()));
        execution.setVariable(REVIEW_DEADLINE, ProcessDates.toDate(schedule.reviewDeadline()));
        execution.setVariable(ACCEPTANCE_START, ProcessDates.toDate(schedule.acceptanceStart()));
        execution.setVariable(ACCEPTANCE_DEADLINE, ProcessDates.toDate(schedule.acceptanceDeadline()));
        log.info("{}: round opened for {} units, pool {}", year, unitCodes.size(), round.getFundingPool());
    }

    private static LocalDate date(DelegateExecution execution, String variable) {
        Object value = execution.getVariable(variable);
        if (value instanceof java.util.Date date) {
            return ProcessDates.toLocalDateTime(date).toLocalDate();
        }
        String text = FormValues.text(value);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw new ProcessEngineException("日期格式不正确：" + text + "（应为 yyyy-MM-dd）", e);
        }
    }
}
