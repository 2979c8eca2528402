package cn.edu.jsnu.yihuiyipin.cultivation;

import cn.edu.jsnu.yihuiyipin.process.BusinessKey;
import cn.edu.jsnu.yihuiyipin.project.BrandProject;
import cn.edu.jsnu.yihuiyipin.project.BrandProjectRepository;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatus;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Expression bean of brand-round's call activity 各项目过程培育与评估验收
 * ({@code CallActivity_Cultivation}): which projects get a brand-cultivation instance, and its
 * business key.
 */
@Component("cultivationProjects")
public class CultivationProjects {

    private final BrandProjectRepository projects;

    CultivationProjects(BrandProjectRepository projects) {
        this.projects = projects;
    }

    /** The multi-instance collection: ids of the round's published (立项已公布) projects. */
    public List<Long> publishedIds(Number roundId) {
        return projects
                .findByRoundIdAndStatusInOrderById(roundId.longValue(), List.of(ProjectStatus.PUBLISHED))
                .stream()
                .map(BrandProject::getId)
                .toList();
    }

    /** {@code 2027/wxy-gh}: the year and the unit, as the project's application instance has it. */
    public String businessKey(Number projectId) {
        BrandProject project = projects.findById(projectId.longValue()).orElseThrow();
        return BusinessKey.ofUnit(
                        project.getRound().getYear(), project.getUnit().getCode())
                .toString();
    }
}
