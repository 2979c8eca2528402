package cn.edu.jsnu.yihuiyipin.dashboard;

import cn.edu.jsnu.yihuiyipin.project.AwardTier;
import cn.edu.jsnu.yihuiyipin.project.ProjectCategory;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatus;
import cn.edu.jsnu.yihuiyipin.unit.Channel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures of 统计: applications by category and channel, the round's funnel and statuses, funding
 * by unit, score distributions, award tiers, and year over year, each for the channels given (the
 * caller decides which the viewer may see). Three grouped queries, whatever the number of projects: one
 * pass over every year's projects by year, status, channel, category and tier, then the year's funding by
 * unit and its scores.
 */
@Service
public class DashboardStatistics {

    private static final int YEARS_COMPARED = 10;

    /** Projects whose tier counts: set when the awards are ranked, published when the round closes. */
    private static final Set<ProjectStatus> RANKED = Set.of(ProjectStatus.PASSED, ProjectStatus.AWARDED);

    private final DashboardQueries queries;

    DashboardStatistics(DashboardQueries queries) {
        this.queries = queries;
    }

    /** The years with projects in these channels, latest first. */
    @Transactional(readOnly = true)
    public List<Integer> years(Collection<Channel> channels) {
        return queries.years(channels);
    }

    @Transactional(readOnly = true)
    public List<DashboardChart> charts(int year, List<Channel> channels) {
        List<Group> groups = queries.groups(channels).stream().map(Group::of).toList();
        List<Group> ofYear =
                groups.stream().filter(group -> group.year() == year).toList();
        Map<ProjectStatus, Long> byStatus = new EnumMap<>(ProjectStatus.class);
        ofYear.forEach(group -> byStatus.merge(group.status(), group.count(), Long::sum));
        List<Object[]> statusCounts = new ArrayList<>();
        byStatus.forEach((status, count) -> statusCounts.add(new Object[] {status, count}));
        return List.of(
                applications(ofYear, channels),
                funnel(statusCounts),
                statuses(statusCounts),
                fundingByUnit(year, channels),
                scores(year, channels),
                awardTiers(ofYear),
                yearOverYear(year, groups));
    }

    /** One row of {@link DashboardQueries#groups}: the projects of a year, status, channel, category and tier. */
    private record Group(
            int year,
            ProjectStatus status,
            Channel channel,
            ProjectCategory category,
            String awardTier,
            long count,
            BigDecimal approvedFunding,
            BigDecimal awardAmount) {

        static Group of(Object[] row) {
            return new Group(
                    (Integer) row[0],
                    (ProjectStatus) row[1],
                    (Channel) row[2],
                    (ProjectCategory) row[3],
                    (String) row[4],
                    (Long) row[5],
                    (BigDecimal) row[6],
                    (BigDecimal) row[7]);
        }
    }

    private static DashboardChart applications(List<Group> ofYear, List<Channel> channels) {
        Map<ProjectCategory, Map<Channel, Long>> counts = new EnumMap<>(ProjectCategory.class);
        Set<ProjectStatus> applied = RoundStage.appliedStatuses();
        long uncategorised = 0;
        for (Group group : ofYear) {
            if (!applied.contains(group.status())) {
                continue;
            }
            if (group.category() == null) {
                uncategorised += group.count();
                continue;
            }
            counts.computeIfAbsent(group.category(), c -> new EnumMap<>(Channel.class))
                    .merge(group.channel(), group.count(), Long::sum);
        }
        List<String> columns = new ArrayList<>(List.of("类别"));
        channels.forEach(channel -> columns.add(channel.label()));
        columns.add("合计");
        List<List<Object>> rows = new ArrayList<>();
        for (ProjectCategory category : ProjectCategory.values()) {
            Map<Channel, Long> byChannel = counts.getOrDefault(category, Map.of());
            List<Object> row = new ArrayList<>(List.of(category.label()));
            channels.forEach(channel -> row.add(byChannel.getOrDefault(channel, 0L)));
            row.add(byChannel.values().stream().mapToLong(Long::longValue).sum());
            rows.add(row);
        }
        if (uncategorised > 0) {
            List<Object> row = new ArrayList<>(List.of("未填写类别"));
            channels.forEach(channel -> row.add(""));
            row.add(uncategorised);
            rows.add(row);
        }
        return new DashboardChart("applications", "申报项目：类别与渠道", "bar", columns, channels.size(), rows);
    }

    private static DashboardChart funnel(List<Object[]> statusCounts) {
        Map<RoundStage, Long> reached = new EnumMap<>(RoundStage.class);
        for (RoundStage stage : RoundStage.values()) {
            reached.put(stage, 0L);
        }
        for (Object[] row : statusCounts) {
            for (RoundStage stage : RoundStage.reached((ProjectStatus) row[0])) {
                reached.merge(stage, (Long) row[1], Long::sum);
            }
        }
        List<List<Object>> rows = new ArrayList<>();
        reached.forEach((stage, count) -> rows.add(List.of(stage.label(), count)));
        return new DashboardChart("funnel", "年度进程漏斗（到达各环节的项目数）", "funnel", List.of("环节", "项目数"), 1, rows);
    }

    private static DashboardChart statuses(List<Object[]> statusCounts) {
        Map<ProjectStatus, Long> counts = new EnumMap<>(ProjectStatus.class);
        for (Object[] row : statusCounts) {
            counts.put((ProjectStatus) row[0], (Long) row[1]);
        }
        List<List<Object>> rows = new ArrayList<>();
        counts.forEach((status, count) -> rows.add(List.of(status.label(), count)));
        return new DashboardChart("statuses", "项目当前状态", "bar", List.of("状态", "项目数"), 1, rows);
    }

    private DashboardChart fundingByUnit(int year, List<Channel> channels) {
        List<List<Object>> rows = new ArrayList<>();
        for (Object[] row : queries.fundingByUnit(year, channels, RoundStage.approvedStatuses())) {
            rows.add(List.of(row[0], row[1]));
        }
        return new DashboardChart("funding", "各单位立项建设经费（元）", "bar", List.of("单位", "核定经费（元）"), 1, rows);
    }

    private DashboardChart scores(int year, List<Channel> channels) {
        Map<ScoreBand, long[]> bands = new EnumMap<>(ScoreBand.class);
        for (ScoreBand band : ScoreBand.values()) {
            bands.put(band, new long[2]);
        }
        for (Object[] row : queries.scores(year, channels)) {
            for (int i = 0; i < 2; i++) {
                if (row[i] != null) {
                    bands.get(ScoreBand.of((BigDecimal) row[i]))[i]++;
                }
            }
        }
        List<List<Object>> rows = new ArrayList<>();
        bands.forEach((band, counts) -> rows.add(List.of(band.label(), counts[0], counts[1])));
        return new DashboardChart("scores", "评分分布（项目数）", "bar", List.of("分数段", "立项评审得分", "验收评估得分"), 2, rows);
    }

    /** Ranked projects (passed, or awarded) by tier: their number and award money. */
    private static DashboardChart awardTiers(List<Group> ofYear) {
        Map<AwardTier, Object[]> tiers = new EnumMap<>(AwardTier.class);
        for (Group group : ofYear) {
            if (group.awardTier() == null || !RANKED.contains(group.status())) {
                continue;
            }
            AwardTier.parse(group.awardTier()).ifPresent(tier -> {
                Object[] totals = tiers.computeIfAbsent(tier, t -> new Object[] {t, 0L, null});
                totals[1] = (Long) totals[1] + group.count();
                if (group.awardAmount() != null) {
                    totals[2] =
                            totals[2] == null ? group.awardAmount() : ((BigDecimal) totals[2]).add(group.awardAmount());
                }
            });
        }
        List<List<Object>> rows = new ArrayList<>();
        for (AwardTier tier : AwardTier.values()) {
            Object[] row = tiers.get(tier);
            rows.add(List.of(
                    tier.label(),
                    row == null ? 0L : row[1],
                    Optional.ofNullable(row == null ? null : row[2]).orElse(BigDecimal.ZERO)));
        }
        return new DashboardChart("awards", "表彰等次（含已评定待发布）", "bar", List.of("等次", "项目数", "奖励金额（元）"), 1, rows);
    }

    /** The chosen year and the years before it, so a year's page compares it with its past. */
    private static DashboardChart yearOverYear(int chosenYear, List<Group> groups) {
        TreeMap<Integer, Object[]> years = new TreeMap<>();
        for (Group group : groups) {
            if (group.year() > chosenYear) {
                continue;
            }
            Object[] totals = years.computeIfAbsent(group.year(), y -> new Object[] {0L, 0L, 0L, BigDecimal.ZERO});
            Set<RoundStage> reached = RoundStage.reached(group.status());
            long count = group.count();
            if (reached.contains(RoundStage.APPLIED)) {
                totals[0] = (Long) totals[0] + count;
            }
            if (reached.contains(RoundStage.APPROVED)) {
                totals[1] = (Long) totals[1] + count;
                if (group.approvedFunding() != null) {
                    totals[3] = ((BigDecimal) totals[3]).add(group.approvedFunding());
                }
            }
            if (reached.contains(RoundStage.AWARDED)) {
                totals[2] = (Long) totals[2] + count;
            }
        }
        while (years.size() > YEARS_COMPARED) {
            years.pollFirstEntry();
        }
        List<List<Object>> rows = new ArrayList<>();
        years.forEach((year, totals) -> rows.add(List.of(year + " 年", totals[0], totals[1], totals[2], totals[3])));
        return new DashboardChart("years", "历年对比", "bar", List.of("年度", "申报项目", "立项项目", "获表彰项目", "立项经费（元）"), 3, rows);
    }
}
