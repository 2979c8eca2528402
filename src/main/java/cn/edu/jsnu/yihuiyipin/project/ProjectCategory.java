package cn.edu.jsnu.yihuiyipin.project;

import java.util.Arrays;
import java.util.Optional;

/** 项目内容: the six categories of the implementation plan (三、项目内容). */
public enum ProjectCategory {
    IDEOLOGY("思想引领类"),
    ACHIEVEMENT("建功立业类"),
    DEMOCRACY("民主管理类"),
    CULTURE("文化涵育类"),
    RIGHTS_SERVICE("维权服务类"),
    GENERAL("综合及其他类");

    private final String label;

    ProjectCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Forms submit the enum name; anything else is not a category. */
    public static Optional<ProjectCategory> parse(String value) {
        return Arrays.stream(values()).filter(c -> c.name().equals(value)).findFirst();
    }
}
