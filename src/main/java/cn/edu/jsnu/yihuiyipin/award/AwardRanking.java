package cn.edu.jsnu.yihuiyipin.award;

import static cn.edu.jsnu.yihuiyipin.process.BrandRoundProcess.Vars.*;

import cn.edu.jsnu.yihuiyipin.project.AwardTier;
import cn.edu.jsnu.yihuiyipin.project.BrandProject;
import cn.edu.jsnu.yihuiyipin.project.BrandProjectRepository;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatus;
import cn.edu.jsnu.yihuiyipin.system.FormValues;
import cn.edu.jsnu.yihuiyipin.system.ProcessText;
import cn.edu.jsnu.yihuiyipin.unit.Channel;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/** Shows a round's award proposal to the office: the ranking as markdown and the projects as select options. */
@Component
class AwardRanking {

    private final BrandProjectRepository projects;

    AwardRanking(BrandProjectRepository projects) {
        this.projects = projects;
    }

    /** Passed projects of the round, best tier first, then by acceptance score. */
    List<BrandProject> awarded(long roundId) {
        return projects
                .findByRoundIdAndStatusInOrderById(roundId, List.of(ProjectStatus.PASSED, ProjectStatus.AWARDED))
                .stream()
                .sorted(Comparator.comparing(
                                (BrandProject p) ->
                                        AwardTier.parse(p.getAwardTier()).orElse(null),
                                Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(
                                BrandProject::getAcceptanceScore, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
    }

    /** The whole round's ranking, for Cockpit: each office's task shows its own channel's ({@link #showChannel}). */
    void show(VariableScope scope, long roundId) {
        List<BrandProject> awarded = awarded(roundId);
        AWARD_RANKING.set(scope, ranking(awarded));
        AWARD_PROJECT_OPTIONS.set(scope, options(awarded));
    }

    /**
     * One channel's ranking and project options, local to the channel's 表彰审定及推荐 instance
     * ({@code scope}): the office sees and may change only its own channel's projects.
     */
    void showChannel(VariableScope scope, long roundId, Channel channel) {
        List<BrandProject> awarded =
                awarded(roundId).stream().filter(p -> p.getChannel() == channel).toList();
        AWARD_RANKING.setLocal(scope, ranking(awarded));
        AWARD_PROJECT_OPTIONS.setLocal(scope, options(awarded));
    }

    /**
     * The same after a change in 表彰审定及推荐: written where {@link #showChannel} put it (the channel's
     * instance), not local to {@code scope}, since the task's reminder timers make it a scope of its own
     * whose local variables end with it.
     */
    void refreshChannel(VariableScope scope, long roundId, Channel channel) {
        List<BrandProject> awarded =
                awarded(roundId).stream().filter(p -> p.getChannel() == channel).toList();
        AWARD_RANKING.set(scope, ranking(awarded));
        AWARD_PROJECT_OPTIONS.set(scope, options(awarded));
    }

    private static String ranking(List<BrandProject> awarded) {
        return ProcessText.fit(markdown(awarded), "排名过长，其余项目见数据库 brand_project");
    }

    private static List<Map<String, String>> options(List<BrandProject> awarded) {
        return awarded.stream()
                .map(p ->
                        Map.of("label", p.getUnit().getName() + "：" + p.getName(), "value", String.valueOf(p.getId())))
                .toList();
    }

    static String markdown(List<BrandProject> awarded) {
        if (awarded.isEmpty()) {
            return "本年度没有通过评估验收的项目。";
        }
        StringBuilder table = new StringBuilder("| 序号 | 单位 | 报送 | 项目 | 验收得分 | 等次 | 奖励（元） | 推荐市级及以上 | 说明 |\n")
                .append("| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
        int row = 1;
        for (BrandProject p : awarded) {
            table.append("| ")
                    .append(row++)
                    .append(" | ")
                    .append(p.getUnit().getName())
                    .append(" | ")
                    .append(p.getChannel().label())
                    .append(" | ")
                    .append(p.getName())
                    .append(" | ")
                    .append(plain(p.getAcceptanceScore()))
                    .append(" | ")
                    .append(AwardTier.parse(p.getAwardTier())
                            .map(AwardTier::label)
                            .orElse("—"))
                    .append(" | ")
                    .append(FormValues.moneyText(p.getAwardAmount()))
                    .append(" | ")
                    .append(p.isCityRecommended() ? "是" : "否")
                    .append(" | ")
                    .append(Objects.toString(p.getAwardNote(), ""))
                    .append(" |\n");
        }
        return table.toString();
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
