package cn.edu.jsnu.yihuiyipin.application;

import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.*;
import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.Elements.*;
import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.Vars.*;
import static cn.edu.jsnu.yihuiyipin.process.SharedVariables.*;

import cn.edu.jsnu.yihuiyipin.project.ApplicationContent;
import cn.edu.jsnu.yihuiyipin.project.BrandProject;
import cn.edu.jsnu.yihuiyipin.project.BrandProjectRepository;
import cn.edu.jsnu.yihuiyipin.project.BrandRound;
import cn.edu.jsnu.yihuiyipin.project.ProjectRecords;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatus;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatusService;
import cn.edu.jsnu.yihuiyipin.unit.GrassrootsUnit;
import java.time.Clock;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * 保存申报表 ({@code Task_SaveApplication}) and 保存调整后方案 ({@code Task_SaveAdjustment}): saves the 附件1
 * variables to {@code brand_project}; sets {@code projectId}. The unit's form was checked when it was
 * submitted ({@code ApplicationFormListener}), so what arrives here is valid.
 */
@Component
class SaveApplicationDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(SaveApplicationDelegate.class);

    private final ProjectRecords records;
    private final BrandProjectRepository projects;
    private final ProjectStatusService statusService;
    private final ApplicationForm form;
    private final Clock clock;

    SaveApplicationDelegate(
            ProjectRecords records,
            BrandProjectRepository projects,
            ProjectStatusService statusService,
            ApplicationForm form,
            Clock clock) {
        this.records = records;
        this.projects = projects;
        this.statusService = statusService;
        this.form = form;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long roundId = ROUND_ID.get(execution);
        BrandRound round = records.round(roundId);
        GrassrootsUnit unit = records.unit(UNIT_CODE.get(execution));
        ApplicationContent content = form.read(execution, round, unit);

        BrandProject project = projects.findByRoundIdAndUnitId(roundId, unit.getId())
                .orElseGet(() -> new BrandProject(round, unit, ProjectStatus.SUBMITTED));
        project.applyContent(content);
        project.setProcessInstanceId(execution.getProcessInstanceId());
        boolean adjustment = TASK_SAVE_ADJUSTMENT.equals(execution.getCurrentActivityId());
        if (project.getSubmittedAt() == null) {
            project.setSubmittedAt(LocalDateTime.now(clock));
        }
        BrandProject saved = adjustment
                ? statusService.changeStatus(project, ProjectStatus.ADJUSTING, "单位已提交调整后方案")
                : statusService.changeStatus(project, ProjectStatus.SUBMITTED, "单位提交申报表");
        PROJECT_ID.set(execution, saved.getId());
        log.info("{}: application saved as project {}", execution.getProcessBusinessKey(), saved.getId());
        // the office's next form starts empty: its earlier verdict and comment are in the status history
        FORMAL_CHECK_COMMENT.clear(execution);
        ADJUSTMENT_RESULT.clear(execution);
        ADJUSTMENT_COMMENT.clear(execution);
    }
}
