package cn.edu.jsnu.yihuiyipin.materials;

import cn.edu.jsnu.yihuiyipin.access.Viewer;
import cn.edu.jsnu.yihuiyipin.project.BrandProject;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The materials section of the project page ({@code materials/section.html}), called from the template
 * as {@code @materialsSection}, so the project page's controller needs to know nothing of materials.
 */
@Component("materialsSection")
public class MaterialsSection {

    /** Photos shown on the project page; the rest are on the materials page. */
    static final int PREVIEW_PHOTOS = 6;

    private final MaterialsAccess access;
    private final ProjectMaterials materials;

    MaterialsSection(MaterialsAccess access, ProjectMaterials materials) {
        this.access = access;
        this.materials = materials;
    }

    /** What the viewer sees of the project's materials; null if the viewer may not see them. */
    public Summary of(BrandProject project, Viewer viewer) {
        return access.actor(viewer, project)
                .map(actor -> {
                    List<ProjectMaterial> shown = materials.list(actor, project.getId()).stream()
                            .filter(m -> !m.isDeleted())
                            .toList();
                    return new Summary(
                            count(shown, MaterialKind.IMAGE),
                            count(shown, MaterialKind.VIDEO),
                            count(shown, MaterialKind.DOCUMENT),
                            shown.stream()
                                    .filter(m -> m.getKind() == MaterialKind.IMAGE)
                                    .limit(PREVIEW_PHOTOS)
                                    .toList(),
                            MaterialRules.mayUpload(actor.role(), project.getStatus()));
                })
                .orElse(null);
    }

    private static long count(List<ProjectMaterial> materials, MaterialKind kind) {
        return materials.stream().filter(m -> m.getKind() == kind).count();
    }

    public record Summary(long images, long videos, long documents, List<ProjectMaterial> photos, boolean mayUpload) {
        public long total() {
            return images + videos + documents;
        }
    }
}
