package cn.edu.jsnu.yihuiyipin.access;

import cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess;
import cn.edu.jsnu.yihuiyipin.process.BrandCultivationProcess;
import cn.edu.jsnu.yihuiyipin.process.BusinessKey;
import cn.edu.jsnu.yihuiyipin.project.BrandProject;
import cn.edu.jsnu.yihuiyipin.project.BrandProjectRepository;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may see a project on the application's pages: admins everything, an office its channel, a unit
 * its own projects of every year, an expert the projects whose review or acceptance review they held.
 * The same answer for a page, an export, a file and the JSON API, so a guessed id shows nothing.
 */
@Service
public class ProjectAccess {

    /** The review tasks that make an expert a judge of a project (专家评审, 验收评审). */
    public static final List<String> REVIEW_TASKS = List.of(
            BrandApplicationProcess.Elements.TASK_EXPERT_REVIEW,
            BrandCultivationProcess.Elements.TASK_ACCEPTANCE_REVIEW);

    private final BrandProjectRepository projects;
    private final HistoryService historyService;

    public ProjectAccess(BrandProjectRepository projects, HistoryService historyService) {
        this.projects = projects;
        this.historyService = historyService;
    }

    /**
     * The project if the viewer may see it. An unknown id and someone else's project answer alike
     * (404), so ids cannot be probed.
     */
    @Transactional(readOnly = true)
    public BrandProject viewable(Viewer viewer, Long projectId) {
        return projects.findById(projectId)
                .filter(project -> canView(viewer, project))
                .orElseThrow(() -> new NotFoundException("项目不存在，或您无权查看该项目。"));
    }

    public boolean canView(Viewer viewer, BrandProject project) {
        return viewer.overseesChannel(project.getChannel())
                || isUnitMember(viewer, project)
                || isAssignedExpert(viewer, project, REVIEW_TASKS);
    }

    public boolean isUnitMember(Viewer viewer, BrandProject project) {
        return viewer.groups().contains(project.getUnit().getGroupId());
    }

    public boolean isChannelOffice(Viewer viewer, BrandProject project) {
        return viewer.groups().contains(project.getChannel().officeGroup());
    }

    /** The viewer held (or holds) one of these tasks of the project: assigned by the model, not claimed. */
    public boolean isAssignedExpert(Viewer viewer, BrandProject project, Collection<String> taskDefinitionKeys) {
        if (!viewer.isExpert()) {
            return false;
        }
        String businessKey = BusinessKey.ofUnit(
                        project.getRound().getYear(), project.getUnit().getCode())
                .toString();
        return historyService
                        .createHistoricTaskInstanceQuery()
                        .processInstanceBusinessKey(businessKey)
                        .taskDefinitionKeyIn(taskDefinitionKeys.toArray(String[]::new))
                        .taskAssignee(viewer.userId())
                        .count()
                > 0;
    }
}
