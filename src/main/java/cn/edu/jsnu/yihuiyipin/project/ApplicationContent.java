package cn.edu.jsnu.yihuiyipin.project;

import java.math.BigDecimal;

/** What a unit writes in 项目创建申报表（附件1）. */
public record ApplicationContent(
        ProjectCategory category,
        String name,
        String leader,
        String phone,
        String foundation,
        String goals,
        String plan,
        String expectedResults,
        BigDecimal requestedBudget,
        boolean continuesBrand,
        Long continuedProjectId) {}
