package cn.edu.jsnu.yihuiyipin.application;

import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.*;
import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.Elements.*;
import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.Vars.*;
import static cn.edu.jsnu.yihuiyipin.process.SharedVariables.*;

import cn.edu.jsnu.yihuiyipin.project.BrandRound;
import cn.edu.jsnu.yihuiyipin.project.ProjectRecords;
import cn.edu.jsnu.yihuiyipin.project.RoundSchedule;
import cn.edu.jsnu.yihuiyipin.system.ProcessDates;
import cn.edu.jsnu.yihuiyipin.unit.GrassrootsUnit;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

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
        BrandRound round = records.round(ROUND_ID.get(execution));
        GrassrootsUnit unit = records.unit(UNIT_CODE.get(execution));
        RoundSchedule schedule = round.getSchedule();

        ROUND_YEAR.set(execution, round.getYear());
        UNIT_NAME.set(execution, unit.getName());
        UNIT_GROUP.set(execution, unit.getGroupId());
        CHANNEL.set(execution, unit.getChannel().name());
        CHANNEL_LABEL.set(execution, unit.getChannel().label());
        OFFICE_GROUP.set(execution, unit.getChannel().officeGroup());
        EXPERT_GROUP.set(execution, unit.getChannel().expertGroup());
        APPLICATION_DEADLINE.set(execution, ProcessDates.toDate(schedule.applicationDeadline()));
        REVIEW_START.set(execution, ProcessDates.toDate(schedule.reviewStart()));
        REVIEW_DEADLINE.set(execution, ProcessDates.toDate(schedule.reviewDeadline()));
        PREVIOUS_BRAND.set(
                execution,
                records.previousBrand(round, unit)
                        .map(p -> p.getName() + "（" + p.getRound().getYear() + "年度）")
                        .orElse("无"));
    }
}
