package cn.edu.jsnu.yihuiyipin.project;

import cn.edu.jsnu.yihuiyipin.unit.GrassrootsUnit;
import cn.edu.jsnu.yihuiyipin.unit.GrassrootsUnitRepository;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Finds the rows one brand-application instance works on. */
@Service
public class ProjectRecords {

    private final BrandRoundRepository rounds;
    private final GrassrootsUnitRepository units;
    private final BrandProjectRepository projects;
    private final ProjectStatusService statusService;

    ProjectRecords(
            BrandRoundRepository rounds,
            GrassrootsUnitRepository units,
            BrandProjectRepository projects,
            ProjectStatusService statusService) {
        this.rounds = rounds;
        this.units = units;
        this.projects = projects;
        this.statusService = statusService;
    }

    public BrandRound round(Long roundId) {
        return rounds.findById(roundId).orElseThrow(() -> new IllegalStateException("年度轮次不存在：" + roundId));
    }

    public GrassrootsUnit unit(String unitCode) {
        return units.findByCode(unitCode).orElseThrow(() -> new IllegalStateException("基层单位不存在：" + unitCode));
    }

    public Optional<BrandProject> project(Long roundId, String unitCode) {
        return projects.findByRoundIdAndUnitId(roundId, unit(unitCode).getId());
    }

    public BrandProject project(Long projectId) {
        return projects.findById(projectId).orElseThrow(() -> new IllegalStateException("项目不存在：" + projectId));
    }

    /**
     * The unit's most recent brand from an earlier year, which a new application may continue (常态化建设): a
     * project approved and not failed (验收未通过, 逾期未提交总结); the statuses are in the repository's query.
     */
    public Optional<BrandProject> previousBrand(BrandRound round, GrassrootsUnit unit) {
        return projects.brandsOfUnitBefore(unit.getId(), round.getYear()).stream()
                .findFirst();
    }

    /** 本年度不申报 or 逾期未申报: the round's record shows the unit, with no content. */
    public BrandProject recordWithoutApplication(
            Long roundId, String unitCode, ProjectStatus status, String note, String processInstanceId) {
        BrandProject project =
                project(roundId, unitCode).orElseGet(() -> new BrandProject(round(roundId), unit(unitCode), status));
        project.setProcessInstanceId(processInstanceId);
        return statusService.changeStatus(project, status, note);
    }
}
