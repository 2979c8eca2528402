package cn.edu.jsnu.yihuiyipin.materials;

import cn.edu.jsnu.yihuiyipin.access.AccessRefusedException;
import cn.edu.jsnu.yihuiyipin.access.ProjectAccess;
import cn.edu.jsnu.yihuiyipin.access.Viewer;
import cn.edu.jsnu.yihuiyipin.process.BrandCultivationProcess;
import cn.edu.jsnu.yihuiyipin.project.BrandProject;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who sees a project's materials: its unit's members, its channel's office, the experts assigned to its
 * acceptance review (验收评审) and admins. Narrower than the project page: an expert of the April review
 * sees the application, not the year's photos.
 */
@Component
class MaterialsAccess {

    static final List<String> ACCEPTANCE_REVIEW = List.of(BrandCultivationProcess.Elements.TASK_ACCEPTANCE_REVIEW);

    private final ProjectAccess projectAccess;

    MaterialsAccess(ProjectAccess projectAccess) {
        this.projectAccess = projectAccess;
    }

    /** The project and the viewer's role on its materials; 404 as for the project itself, 403 if only the page is theirs. */
    @Transactional(readOnly = true)
    public MaterialsContext open(Viewer viewer, Long projectId) {
        BrandProject project = projectAccess.viewable(viewer, projectId);
        MaterialActor actor = actor(viewer, project)
                .orElseThrow(() -> new AccessRefusedException("项目材料只向本单位、本渠道的校工会（妇联）、验收评审专家和管理员开放。"));
        // the round is lazy and the page is rendered after this transaction
        return new MaterialsContext(project, project.getRound().getYear(), actor);
    }

    /** The strongest role the viewer has on the project's materials, if any. */
    Optional<MaterialActor> actor(Viewer viewer, BrandProject project) {
        if (viewer == null) {
            return Optional.empty();
        }
        MaterialRole role;
        if (viewer.isAdmin()) {
            role = MaterialRole.ADMIN;
        } else if (projectAccess.isChannelOffice(viewer, project)) {
            role = MaterialRole.OFFICE;
        } else if (projectAccess.isUnitMember(viewer, project)) {
            role = MaterialRole.UNIT_MEMBER;
        } else if (projectAccess.isAssignedExpert(viewer, project, ACCEPTANCE_REVIEW)) {
            role = MaterialRole.ACCEPTANCE_EXPERT;
        } else {
            return Optional.empty();
        }
        return Optional.of(new MaterialActor(viewer.userId(), role));
    }

    record MaterialsContext(BrandProject project, int year, MaterialActor actor) {}
}
