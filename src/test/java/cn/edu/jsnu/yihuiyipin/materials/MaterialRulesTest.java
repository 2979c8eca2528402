package cn.edu.jsnu.yihuiyipin.materials;

import static cn.edu.jsnu.yihuiyipin.materials.MaterialRole.ACCEPTANCE_EXPERT;
import static cn.edu.jsnu.yihuiyipin.materials.MaterialRole.ADMIN;
import static cn.edu.jsnu.yihuiyipin.materials.MaterialRole.OFFICE;
import static cn.edu.jsnu.yihuiyipin.materials.MaterialRole.UNIT_MEMBER;
import static org.assertj.core.api.Assertions.assertThat;

import cn.edu.jsnu.yihuiyipin.project.ProjectStatus;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Who may add, delete and restore materials in which project status: every status, every role. */
class MaterialRulesTest {

    private static final Set<ProjectStatus> UNIT_MAY_UPLOAD =
            EnumSet.of(ProjectStatus.PUBLISHED, ProjectStatus.BUILDING, ProjectStatus.SUMMARY_SUBMITTED);
    private static final Set<ProjectStatus> BEFORE_PUBLICATION = EnumSet.of(
            ProjectStatus.SUBMITTED,
            ProjectStatus.RETURNED,
            ProjectStatus.FORMALLY_CHECKED,
            ProjectStatus.UNDER_REVIEW,
            ProjectStatus.REVIEWED,
            ProjectStatus.ADJUSTING,
            ProjectStatus.APPROVED,
            ProjectStatus.REJECTED,
            ProjectStatus.NOT_APPLYING,
            ProjectStatus.OVERDUE,
            ProjectStatus.WITHDRAWN);

    @ParameterizedTest
    @EnumSource(ProjectStatus.class)
    void unitsAddAndTakeBackDuringCultivationAndAcceptanceOnly(ProjectStatus status) {
        boolean open = UNIT_MAY_UPLOAD.contains(status);
        assertThat(MaterialRules.mayUpload(UNIT_MEMBER, status)).isEqualTo(open);
        assertThat(MaterialRules.mayDelete(UNIT_MEMBER, status)).isEqualTo(open);
        assertThat(MaterialRules.mayRestore(UNIT_MEMBER)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(ProjectStatus.class)
    void officesAndAdminsAddFromPublicationOnAndDeleteAtAnyTime(ProjectStatus status) {
        for (MaterialRole role : new MaterialRole[] {OFFICE, ADMIN}) {
            assertThat(MaterialRules.mayUpload(role, status)).isEqualTo(!BEFORE_PUBLICATION.contains(status));
            assertThat(MaterialRules.mayDelete(role, status)).isTrue();
            assertThat(MaterialRules.mayRestore(role)).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(ProjectStatus.class)
    void acceptanceExpertsOnlyLook(ProjectStatus status) {
        assertThat(MaterialRules.mayUpload(ACCEPTANCE_EXPERT, status)).isFalse();
        assertThat(MaterialRules.mayDelete(ACCEPTANCE_EXPERT, status)).isFalse();
        assertThat(MaterialRules.mayRestore(ACCEPTANCE_EXPERT)).isFalse();
        assertThat(MaterialRules.uploadRefusal(ACCEPTANCE_EXPERT, status)).contains("验收专家只能查看");
    }

    @ParameterizedTest
    @EnumSource(
            value = ProjectStatus.class,
            names = {"APPROVED", "PASSED"})
    void aUnitsRefusalNamesTheStatusAndWhenUploadsAreOpen(ProjectStatus status) {
        assertThat(MaterialRules.uploadRefusal(UNIT_MEMBER, status))
                .contains("“" + status.label() + "”", "过程培育和评估验收期间", "建设中");
    }
}
