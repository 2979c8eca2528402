package cn.edu.jsnu.yihuiyipin.cultivation;

import static cn.edu.jsnu.yihuiyipin.process.SharedVariables.*;

import cn.edu.jsnu.yihuiyipin.process.BrandCultivationProcess.Vars;
import cn.edu.jsnu.yihuiyipin.process.SharedVariables;
import cn.edu.jsnu.yihuiyipin.project.BrandProject;
import cn.edu.jsnu.yihuiyipin.project.BrandProjectRepository;
import cn.edu.jsnu.yihuiyipin.project.BrandRound;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatus;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatusService;
import cn.edu.jsnu.yihuiyipin.project.RoundSchedule;
import cn.edu.jsnu.yihuiyipin.review.ReviewProperties;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * 准备培育 ({@code Task_PrepareCultivation}): loads the project and its round and sets what the
 * building period's forms and timers need. Reads {@code projectId}; writes {@code roundId,
 * unitGroup, officeGroup, expertGroup, unitName, projectName, roundYear, acceptanceStart,
 * acceptanceDeadline, progressReportCycle, approvedFunding, progressPeriodCount}; project status 建设中.
 */
@Component
class PrepareCultivationDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(PrepareCultivationDelegate.class);

    private final BrandProjectRepository projects;
    private final ProjectStatusService statusService;
    private final CultivationSettings settings;
    private final ReviewProperties reviewProperties;

    PrepareCultivationDelegate(
            BrandProjectRepository projects,
            ProjectStatusService statusService,
            CultivationSettings settings,
            ReviewProperties reviewProperties) {
        this.projects = projects;
        this.statusService = statusService;
        this.settings = settings;
        this.reviewProperties = reviewProperties;
    }

    /**
     * 附件2 is due {@code yihui.review.minimum-review-days} before the acceptance deadline (never
     * before the acceptance starts), so the panel hears and scores every project by the deadline and no
     * acceptance review runs into February.
     */
    LocalDateTime summaryDueDate(RoundSchedule schedule) {
        LocalDateTime due = schedule.acceptanceDeadline().minusDays(reviewProperties.minimumReviewDays());
        return due.isBefore(schedule.acceptanceStart()) ? schedule.acceptanceDeadline() : due;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long projectId = PROJECT_ID.get(execution);
        BrandProject project =
                projects.findById(projectId).orElseThrow(() -> new IllegalStateException("项目不存在：" + projectId));
        BrandRound round = project.getRound();
        RoundSchedule schedule = round.getSchedule();

        SharedVariables.ROUND_ID.set(execution, round.getId());
        SharedVariables.UNIT_GROUP.set(execution, project.getUnit().getGroupId());
        SharedVariables.OFFICE_GROUP.set(execution, project.getChannel().officeGroup());
        SharedVariables.EXPERT_GROUP.set(execution, project.getChannel().expertGroup());
        SharedVariables.UNIT_NAME.set(execution, project.getUnit().getName());
        SharedVariables.PROJECT_NAME.set(execution, project.getName());
        SharedVariables.ROUND_YEAR.set(execution, round.getYear());
        SharedVariables.ACCEPTANCE_START.set(execution, toDate(schedule.acceptanceStart()));
        SharedVariables.ACCEPTANCE_DEADLINE.set(execution, toDate(schedule.acceptanceDeadline()));
        Vars.SUMMARY_DUE_DATE.set(execution, toDate(summaryDueDate(schedule)));
        // a variable rather than a bean expression: each project keeps the cycle it started with
        Vars.PROGRESS_REPORT_CYCLE.set(execution, settings.progressReportCycle());
        Vars.APPROVED_FUNDING.set(execution, project.getApprovedFunding());
        Vars.PROGRESS_PERIOD_COUNT.set(execution, 0);

        statusService.changeStatus(project, ProjectStatus.BUILDING, "进入项目建设期");
        log.info(
                "{}: building period until {}, progress reports {}",
                execution.getProcessBusinessKey(),
                schedule.acceptanceStart(),
                settings.progressReportCycle());
    }

    /** The engine and the schedule both live in the JVM zone (Asia/Shanghai on every node). */
    private static Date toDate(LocalDateTime time) {
        return Date.from(time.atZone(ZoneId.systemDefault()).toInstant());
    }
}
