package cn.edu.jsnu.yihuiyipin.round;

import static cn.edu.jsnu.yihuiyipin.process.BrandRoundProcess.*;
import static cn.edu.jsnu.yihuiyipin.process.BrandRoundProcess.Elements.*;
import static cn.edu.jsnu.yihuiyipin.process.BrandRoundProcess.Vars.*;
import static cn.edu.jsnu.yihuiyipin.process.SharedVariables.*;

import cn.edu.jsnu.yihuiyipin.process.BusinessKey;
import cn.edu.jsnu.yihuiyipin.process.ProcessVariable;
import cn.edu.jsnu.yihuiyipin.project.BrandRound;
import cn.edu.jsnu.yihuiyipin.project.BrandRoundRepository;
import cn.edu.jsnu.yihuiyipin.project.RoundSchedule;
import cn.edu.jsnu.yihuiyipin.project.RoundStatusService;
import cn.edu.jsnu.yihuiyipin.system.FormValues;
import cn.edu.jsnu.yihuiyipin.system.InvalidTaskInputException;
import cn.edu.jsnu.yihuiyipin.system.ProcessDates;
import cn.edu.jsnu.yihuiyipin.unit.GrassrootsUnit;
import cn.edu.jsnu.yihuiyipin.unit.GrassrootsUnitRepository;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * 开启年度申报 ({@code Task_OpenRound}). Reads the start form ({@code roundYear}, {@code fundingPool},
 * optional dates); the yearly timer passes none, so this year and the configured pool apply.
 * Persists the round with its phase dates and sets {@code roundId}, {@code roundYear},
 * {@code fundingPool} and {@code unitCodes} (the active grassroots units). A second round for a year,
 * dates out of order, a deadline already past or a negative pool are the admin's input refused: an
 * {@link InvalidTaskInputException}, so the start answers 400 with the reason and nothing is stored.
 */
@Component
class OpenRoundDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(OpenRoundDelegate.class);

    private final BrandRoundRepository rounds;
    private final RoundStatusService roundStatus;
    private final GrassrootsUnitRepository units;
    private final RoundScheduleCalculator calculator;
    private final RoundProperties properties;
    private final Clock clock;

    OpenRoundDelegate(
            BrandRoundRepository rounds,
            GrassrootsUnitRepository units,
            RoundScheduleCalculator calculator,
            RoundProperties properties,
            Clock clock,
            RoundStatusService roundStatus) {
        this.roundStatus = roundStatus;
        this.rounds = rounds;
        this.units = units;
        this.calculator = calculator;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Integer requestedYear = FormValues.integer(ROUND_YEAR.raw(execution), "年度", 1, 9999);
        int year = requestedYear != null ? requestedYear : LocalDate.now(clock).getYear();
        if (rounds.existsByYear(year)) {
            throw new InvalidTaskInputException(year + "年度“一会一品”品牌创建已经开启，不能重复开启");
        }
        Object poolValue = FUNDING_POOL.raw(execution);
        BigDecimal pool = FormValues.decimal(poolValue);
        if (pool == null && FormValues.text(poolValue) != null) {
            throw new InvalidTaskInputException("“项目建设经费总额”应为金额（元），收到：" + poolValue);
        }
        if (pool == null) {
            pool = properties.defaultFundingPool();
        }
        if (pool.signum() < 0) {
            throw new InvalidTaskInputException("项目建设经费总额不能为负数");
        }
        RoundSchedule schedule;
        try {
            schedule = calculator.schedule(
                    year,
                    new RoundScheduleCalculator.Overrides(
                            date(execution, APPLICATION_DEADLINE),
                            date(execution, REVIEW_START),
                            date(execution, REVIEW_DEADLINE),
                            date(execution, ACCEPTANCE_START),
                            date(execution, ACCEPTANCE_DEADLINE)));
        } catch (IllegalArgumentException e) {
            throw new InvalidTaskInputException(e.getMessage());
        }
        // a deadline already past would end every unit's application as 逾期未申报 at once
        if (!schedule.applicationDeadline().isAfter(LocalDateTime.now(clock))) {
            throw new InvalidTaskInputException(year + "年度的申报截止时间（"
                    + schedule.applicationDeadline().toLocalDate() + "）已过，请在开启表单中填写今后的申报截止、评审及验收日期");
        }

        BrandRound round = new BrandRound(year, pool.setScale(2, java.math.RoundingMode.DOWN), schedule);
        round.setProcessInstanceId(execution.getProcessInstanceId());
        List<String> unitCodes = new ArrayList<>(units.findByActiveTrueOrderBySortOrder().stream()
                .map(GrassrootsUnit::getCode)
                .toList());
        round = roundStatus.open(round, "开启年度申报，" + unitCodes.size() + " 个基层单位参加");
        execution.setProcessBusinessKey(BusinessKey.ofRound(year).toString());
        ROUND_ID.set(execution, round.getId());
        ROUND_YEAR.set(execution, year);
        FUNDING_POOL.set(execution, round.getFundingPool().toPlainString());
        UNIT_CODES.set(execution, unitCodes);
        // the form's date strings are replaced by the dates in force, for Cockpit and the later forms
        APPLICATION_DEADLINE.set(execution, ProcessDates.toDate(schedule.applicationDeadline()));
        REVIEW_START.set(execution, ProcessDates.toDate(schedule.reviewStart()));
        REVIEW_DEADLINE.set(execution, ProcessDates.toDate(schedule.reviewDeadline()));
        ACCEPTANCE_START.set(execution, ProcessDates.toDate(schedule.acceptanceStart()));
        ACCEPTANCE_DEADLINE.set(execution, ProcessDates.toDate(schedule.acceptanceDeadline()));
        log.info("{}: round opened for {} units, pool {}", year, unitCodes.size(), round.getFundingPool());
    }

    private static LocalDate date(DelegateExecution execution, ProcessVariable<Date> variable) {
        Object value = variable.raw(execution);
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
            throw new InvalidTaskInputException("日期格式不正确：" + text + "（应为 yyyy-MM-dd）");
        }
    }
}
