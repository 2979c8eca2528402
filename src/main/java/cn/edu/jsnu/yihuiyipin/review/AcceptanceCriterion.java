package cn.edu.jsnu.yihuiyipin.review;

/**
 * 验收评审 criteria, each scored 0..{@link #MAX_SCORE} by every expert; the five make 100. The
 * {@link #variable()} is the field key in form {@code acceptance-review}.
 */
public enum AcceptanceCriterion implements ReviewCriterion {
    GOAL("scoreGoal", "目标达成度"),
    EFFECT("scoreEffect", "活动成效"),
    SATISFACTION("scoreSatisfaction", "群众满意度"),
    FEATURE("scoreFeature", "特色与示范性"),
    MATERIALS("scoreMaterials", "材料完整性");

    public static final int MAX_SCORE = 20;

    private final String variable;
    private final String label;

    AcceptanceCriterion(String variable, String label) {
        this.variable = variable;
        this.label = label;
    }

    @Override
    public String variable() {
        return variable;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public int maxScore() {
        return MAX_SCORE;
    }
}
