package cn.edu.jsnu.yihuiyipin.materials;

import cn.edu.jsnu.yihuiyipin.project.ProjectStatus;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who may change a project's materials in which project status. Looking is decided by who may see the
 * project at all (the web layer's access check); these rules come after it.
 */
public final class MaterialRules {

    /** 过程培育 and 评估验收: the unit collects its 活动图片、视频资料与宣传报道 from publication to acceptance. */
    static final Set<ProjectStatus> UNIT_UPLOAD_PHASES =
            EnumSet.of(ProjectStatus.PUBLISHED, ProjectStatus.BUILDING, ProjectStatus.SUMMARY_SUBMITTED);

    /** Offices may add to a project's record from its publication on, also after the acceptance. */
    static final Set<ProjectStatus> OFFICE_UPLOAD_PHASES = EnumSet.of(
            ProjectStatus.PUBLISHED,
            ProjectStatus.BUILDING,
            ProjectStatus.WITHDRAWN_BY_OFFICE,
            ProjectStatus.SUMMARY_SUBMITTED,
            ProjectStatus.SUMMARY_OVERDUE,
            ProjectStatus.PASSED,
            ProjectStatus.FAILED,
            ProjectStatus.AWARDED);

    private MaterialRules() {}

    public static boolean mayUpload(MaterialRole role, ProjectStatus status) {
        return switch (role) {
            case UNIT_MEMBER -> UNIT_UPLOAD_PHASES.contains(status);
            case OFFICE, ADMIN -> OFFICE_UPLOAD_PHASES.contains(status);
            case ACCEPTANCE_EXPERT -> false;
        };
    }

    /** A unit takes back its own project's materials while it may still upload; offices at any time. */
    public static boolean mayDelete(MaterialRole role, ProjectStatus status) {
        return switch (role) {
            case UNIT_MEMBER -> UNIT_UPLOAD_PHASES.contains(status);
            case OFFICE, ADMIN -> true;
            case ACCEPTANCE_EXPERT -> false;
        };
    }

    /** Only offices bring a deleted material back, and only they see what was deleted. */
    public static boolean mayRestore(MaterialRole role) {
        return role == MaterialRole.OFFICE || role == MaterialRole.ADMIN;
    }

    /** The sentence for a refused upload. */
    static String uploadRefusal(MaterialRole role, ProjectStatus status) {
        return switch (role) {
            case ACCEPTANCE_EXPERT -> "验收专家只能查看材料，不能上传。";
            case UNIT_MEMBER ->
                "项目当前状态为“" + status.label() + "”，只有在过程培育和评估验收期间（" + labels(UNIT_UPLOAD_PHASES) + "）才能上传材料。";
            case OFFICE, ADMIN -> "项目当前状态为“" + status.label() + "”，立项公布之前不能上传材料。";
        };
    }

    static String deleteRefusal(MaterialRole role, ProjectStatus status) {
        return role == MaterialRole.ACCEPTANCE_EXPERT
                ? "验收专家只能查看材料，不能删除。"
                : "项目当前状态为“" + status.label() + "”，单位只能在过程培育和评估验收期间删除材料；如需删除请联系校工会（妇联）。";
    }

    private static String labels(Set<ProjectStatus> statuses) {
        return statuses.stream().map(ProjectStatus::label).collect(Collectors.joining("、"));
    }
}
