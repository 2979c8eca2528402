package cn.edu.jsnu.yihuiyipin.application;

import static cn.edu.jsnu.yihuiyipin.application.BrandApplicationProcess.*;

import cn.edu.jsnu.yihuiyipin.unit.GrassrootsUnit;
import cn.edu.jsnu.yihuiyipin.project.BrandRound;
import cn.edu.jsnu.yihuiyipin.project.RoundSchedule;
import cn.edu.jsnu.yihuiyipin.system.ProcessDates;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import cn.edu.jsnu.yihuiyipin.project.ProjectRecords;

/**
 * 准备申报 ({@code Task_PrepareApplication}). Reads {@code roundId}, {@code unitCode}; sets what the
 * forms show and the timers need: the unit, its channel's office and expert groups, the deadlines,
 * and the unit's earlier brand.
 */
@Component
class PrepareApplicationDelegate implements JavaDelegate {

    private final ProjectRecords records;

    PrepareApplicationDelegate(ProjectRecords records) {
        this.records = records;
    }

    @Override
    public void execute(DelegateExecution execution) {
        BrandRound round = records.round((Long) execution.getVariable(ROUND_ID));
        GrassrootsUnit unit = records.unit((String) execution.getVariable(UNIT_CODE));
        RoundSchedule schedule = round.getSchedule();

        execution.setVariable(ROUND_YEAR, round.getYear());
        execution.setVariable(UNIT_NAME, unit.getName());
        execution.setVariable(UNIT_GROUP, unit.getGroupId());
        execution.setVariable(CHANNEL, unit.getChannel().name());
        execution.setVariable(CHANNEL_LABEL, unit.getChannel().label());
        execution.setVariable(OFFICE_GROUP, unit.getChannel().officeGroup());
        execution.setVariable(EXPERT_GROUP, unit.getChannel().expertGroup());
        execution.setVariable(APPLICATION_DEADLINE, ProcessDates.toDate(schedule.applicationDeadline()));
        execution.setVariable(REVIEW_START, ProcessDates.toDate(schedule.reviewStart()));
        execution.setVariable(REVIEW_DEADLINE, ProcessDates.toDate(schedule.reviewDeadline()));
        execution.setVariable(PREVIOUS_BRAND, records.previousBrand(round, unit)
                .map(p -> p.getName() + "（" + p.getRound().getYear() + "年度）").orElse("无"));
    }
}
