package cn.edu.jsnu.yihuiyipin.award;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Variables of the awarding steps of {@code brand-round} (评选表彰 → 表彰审定及推荐 → 发布表彰结果);
 * the keys of form {@code award-confirmation}.
 */
public final class AwardProcessVariables {

    /** Input: id of the {@code BrandRound}. */
    public static final String ROUND_ID = "roundId";
    /** Markdown table of the ranking, shown by form award-confirmation. */
    public static final String AWARD_RANKING = "awardRanking";
    /** JSON list of {label, value} for the project select of award-confirmation. */
    public static final String AWARD_PROJECT_OPTIONS = "awardProjectOptions";
    public static final String OVERRIDE_PROJECT_ID = "overrideProjectId";
    public static final String OVERRIDE_TIER = "overrideTier";
    /** "YES", "NO", or empty to keep the recommendation. */
    public static final String OVERRIDE_RECOMMENDED = "overrideRecommended";
    public static final String OVERRIDE_REASON = "overrideReason";
    /** Set by ConfirmAwardsListener: true when this completion changed a project, so the office reviews again. */
    public static final String AWARDS_ADJUSTED = "awardsAdjusted";

    private AwardProcessVariables() {
    }

    public static long roundId(VariableScope scope) {
        Object value = scope.getVariable(ROUND_ID);
        if (value instanceof Number number) {
            return number.longValue();
        }
        throw new IllegalStateException("流程变量 roundId 缺失或不是数字：" + value);
    }
}
