package cn.edu.jsnu.yihuiyipin.review;

/**
 * 立项评审 criteria: each scored 0..{@link #maxScore()} by every expert; the variable name is the
 * form field key of {@code forms/expert-review.form}.
 */
public enum ApprovalCriterion implements ReviewCriterion {
    POLITICAL("scorePolitical", "思想性、政治性", 20),
    INNOVATION("scoreInnovation", "创新性", 20),
    PARTICIPATION("scoreParticipation", "群众性、参与面", 20),
    SUSTAINABILITY("scoreSustainability", "可持续性", 20),
    FEASIBILITY("scoreFeasibility", "方案可行性", 20);

    private final String variable;
    private final String label;
    private final int maxScore;

    ApprovalCriterion(String variable, String label, int maxScore) {
        this.variable = variable;
        this.label = label;
        this.maxScore = maxScore;
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
        return maxScore;
    }
}
