package cn.edu.jsnu.yihuiyipin.dashboard;

import cn.edu.jsnu.yihuiyipin.project.ProjectStatus;
import java.util.EnumSet;
import java.util.Set;

/**
 * The steps of a round's funnel, in order, and which ones a project in a given status has passed. A
 * project's current status says how far it got: a rejected project was formally checked and reviewed,
 * one withdrawn by the office during building was approved. Only the current status is needed, so the
 * funnel is one grouped query.
 */
public enum RoundStage {
    APPLIED("提交申报"),
    CHECKED("形式审查通过"),
    REVIEWED("完成专家评审"),
    APPROVED("立项"),
    SUMMARIZED("提交验收总结"),
    PASSED("验收通过"),
    AWARDED("获得表彰");

    private final String label;

    RoundStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The stages a project now in {@code status} has reached. */
    public static Set<RoundStage> reached(ProjectStatus status) {
        return switch (status) {
            case NOT_APPLYING, OVERDUE -> EnumSet.noneOf(RoundStage.class);
            case SUBMITTED, RETURNED, WITHDRAWN -> EnumSet.of(APPLIED);
            case FORMALLY_CHECKED, UNDER_REVIEW -> EnumSet.of(APPLIED, CHECKED);
            case REVIEWED, ADJUSTING, REJECTED -> EnumSet.range(APPLIED, REVIEWED);
            case APPROVED, PUBLISHED, BUILDING, WITHDRAWN_BY_OFFICE, SUMMARY_OVERDUE ->
                EnumSet.range(APPLIED, APPROVED);
            case SUMMARY_SUBMITTED, FAILED -> EnumSet.range(APPLIED, SUMMARIZED);
            case PASSED -> EnumSet.range(APPLIED, PASSED);
            case AWARDED -> EnumSet.allOf(RoundStage.class);
        };
    }

    /** Statuses of projects that were approved (立项) and keep their approved funding. */
    public static Set<ProjectStatus> approvedStatuses() {
        Set<ProjectStatus> approved = EnumSet.noneOf(ProjectStatus.class);
        for (ProjectStatus status : ProjectStatus.values()) {
            if (reached(status).contains(APPROVED)) {
                approved.add(status);
            }
        }
        return approved;
    }

    /** Statuses of projects that were submitted (申报), whatever happened next. */
    public static Set<ProjectStatus> appliedStatuses() {
        Set<ProjectStatus> applied = EnumSet.noneOf(ProjectStatus.class);
        for (ProjectStatus status : ProjectStatus.values()) {
            if (reached(status).contains(APPLIED)) {
                applied.add(status);
            }
        }
        return applied;
    }
}
