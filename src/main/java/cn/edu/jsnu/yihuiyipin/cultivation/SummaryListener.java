package cn.edu.jsnu.yihuiyipin.cultivation;

import static cn.edu.jsnu.yihuiyipin.process.SharedVariables.*;

import cn.edu.jsnu.yihuiyipin.process.BrandCultivationProcess.Vars;
import cn.edu.jsnu.yihuiyipin.project.BrandProject;
import cn.edu.jsnu.yihuiyipin.project.BrandProjectRepository;
import cn.edu.jsnu.yihuiyipin.system.FormValues;
import java.time.Clock;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Complete listener of 填报验收总结表（附件2）({@code Task_SubmitSummary}): checks form
 * {@code acceptance-summary}, stores it as the project's {@link ProjectSummary} (one per project,
 * updated on a retry) and sets the status 已提交验收总结. Reads {@code projectId, implementation,
 * results, experience, publicity, fundingUsed, materials, selfAssessment}.
 */
@Component
class SummaryListener implements TaskListener {

    private static final Logger log = LoggerFactory.getLogger(SummaryListener.class);

    private final ProjectSummaryRepository summaries;
    private final BrandProjectRepository projects;
    private final Clock clock;

    SummaryListener(ProjectSummaryRepository summaries, BrandProjectRepository projects, Clock clock) {
        this.summaries = summaries;
        this.projects = projects;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        SummaryContent content = new SummaryContent(
                FormValues.requiredText(task, Vars.IMPLEMENTATION, "项目实施情况"),
                FormValues.requiredText(task, Vars.RESULTS, "取得的成效"),
                FormValues.text(task, Vars.EXPERIENCE),
                FormValues.text(task, Vars.PUBLICITY),
                FormValues.money(task, Vars.FUNDING_USED, "经费使用（元）"),
                FormValues.text(task, Vars.MATERIALS),
                FormValues.text(task, Vars.SELF_ASSESSMENT));
        long projectId = PROJECT_ID.get(task);
        ProjectSummary summary = summaries.findByProjectId(projectId).orElseGet(() -> new ProjectSummary(projectId));
        summary.record(content, LocalDateTime.now(clock));
        summaries.save(summary);
        BrandProject project = projects.findById(projectId).orElseThrow();
        if (content.fundingUsed() != null
                && project.getApprovedFunding() != null
                && content.fundingUsed().compareTo(project.getApprovedFunding()) > 0) {
            log.warn(
                    "{}: funding used {} exceeds funding granted {}",
                    task.getExecution().getProcessBusinessKey(),
                    content.fundingUsed(),
                    project.getApprovedFunding());
        }
        log.info("{}: acceptance summary submitted", task.getExecution().getProcessBusinessKey());
    }
}
