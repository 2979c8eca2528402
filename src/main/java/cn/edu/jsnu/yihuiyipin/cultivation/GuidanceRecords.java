package cn.edu.jsnu.yihuiyipin.cultivation;

import cn.edu.jsnu.yihuiyipin.process.BrandCultivationProcess;
import cn.edu.jsnu.yihuiyipin.process.BusinessKey;
import cn.edu.jsnu.yihuiyipin.project.BrandProject;
import cn.edu.jsnu.yihuiyipin.project.BrandProjectRepository;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatus;
import cn.edu.jsnu.yihuiyipin.system.InvalidTaskInputException;
import java.time.Clock;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores 过程指导, whether the office gives it in Tasklist after a progress report (过程指导, through
 * {@link GuidanceListener}) or at any time on the project page: the same checks and the same row.
 * A refusal is an {@link InvalidTaskInputException} with the sentence the office reads.
 */
@Service
public class GuidanceRecords {

    /** What form {@code guidance} declares for 指导意见. */
    static final int MAX_ADVICE_LENGTH = 4000;

    private final GuidanceRecordRepository guidance;
    private final BrandProjectRepository projects;
    private final RuntimeService runtimeService;
    private final ManagementService managementService;
    private final Clock clock;

    GuidanceRecords(
            GuidanceRecordRepository guidance,
            BrandProjectRepository projects,
            RuntimeService runtimeService,
            ManagementService managementService,
            Clock clock) {
        this.guidance = guidance;
        this.projects = projects;
        this.runtimeService = runtimeService;
        this.managementService = managementService;
        this.clock = clock;
    }

    /**
     * 项目建设期: the project is 建设中 and its brand-cultivation still waits for the acceptance date (the
     * timer that ends the period is pending), so guidance stops when Tasklist's scheduled guidance stops.
     */
    @Transactional(readOnly = true)
    public boolean inBuildingPeriod(BrandProject project) {
        if (project.getStatus() != ProjectStatus.BUILDING) {
            return false;
        }
        String businessKey = BusinessKey.ofUnit(
                        project.getRound().getYear(), project.getUnit().getCode())
                .toString();
        ProcessInstance cultivation = runtimeService
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(businessKey, BrandCultivationProcess.KEY)
                .active()
                .singleResult();
        return cultivation != null
                && managementService
                                .createJobQuery()
                                .processInstanceId(cultivation.getId())
                                .activityId(BrandCultivationProcess.Elements.TIMER_ACCEPTANCE_DATE)
                                .count()
                        > 0;
    }

    /**
     * Guidance from the project page: only {@link #inBuildingPeriod during the building period}, with
     * 推进情况评价 and 指导意见 as the Tasklist form requires them.
     */
    @Transactional
    public GuidanceRecord recordAnytime(long projectId, String advisor, String advice, String rating) {
        BrandProject project = projects.findById(projectId).orElseThrow();
        if (project.getStatus() != ProjectStatus.BUILDING) {
            throw new InvalidTaskInputException(
                    "项目当前不在建设期（" + project.getStatus().label() + "），不能记录过程指导。");
        }
        if (!inBuildingPeriod(project)) {
            throw new InvalidTaskInputException("项目已不在建设期（已到验收时间），不能记录过程指导。");
        }
        if (rating == null || rating.isBlank()) {
            throw new InvalidTaskInputException("请选择“推进情况评价”。");
        }
        return record(project.getId(), null, null, advisor, advice, rating);
    }

    /** One row per task: a retried completion of the same task updates its row. */
    @Transactional
    public GuidanceRecord record(
            long projectId, Long progressReportId, String taskId, String advisor, String advice, String rating) {
        String text = advice == null ? "" : advice.strip();
        if (text.isEmpty()) {
            throw new InvalidTaskInputException("请填写“指导意见”。");
        }
        if (text.codePointCount(0, text.length()) > MAX_ADVICE_LENGTH) {
            throw new InvalidTaskInputException("“指导意见”不能超过" + MAX_ADVICE_LENGTH + "字。");
        }
        ProgressRating parsedRating = rating == null || rating.isBlank()
                ? null
                : ProgressRating.parse(rating).orElseThrow(() -> new InvalidTaskInputException("未知的推进情况评价：" + rating));
        GuidanceRecord record =
                (taskId == null ? null : guidance.findByTaskId(taskId).orElse(null));
        if (record == null) {
            record = new GuidanceRecord(projectId, progressReportId, taskId);
        }
        record.record(advisor, text, parsedRating, LocalDateTime.now(clock));
        return guidance.save(record);
    }
}
