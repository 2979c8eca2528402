package cn.edu.jsnu.yihuiyipin.bench;

import cn.edu.jsnu.yihuiyipin.application.ApprovalDecision;
import cn.edu.jsnu.yihuiyipin.dashboard.RoundStage;
import cn.edu.jsnu.yihuiyipin.project.AwardTier;
import cn.edu.jsnu.yihuiyipin.project.ProjectCategory;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatus;
import cn.edu.jsnu.yihuiyipin.review.ReviewCriterion;
import cn.edu.jsnu.yihuiyipin.review.ReviewPhase;
import cn.edu.jsnu.yihuiyipin.unit.Channel;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The programme as the pages see it after some years, written with plain SQL into the application's
 * Flyway tables (no process runs): one project per benchmark unit in {@code year}, and half as many in
 * each of the {@link #EARLIER_YEARS} years before it (历年对比, 品牌延续). The year's projects are spread
 * over both channels, all six categories and every status, with scores, requested and approved funding,
 * award tiers, city recommendations, the status history and the experts' reviews that status implies;
 * the earlier years are concluded. Everything is deterministic, so the pages' expected counts are known.
 */
final class ProgrammeSeed {

    static final int EARLIER_YEARS = 3;

    /** A seeded project, as the checks need it. */
    record Seeded(int year, Channel channel, ProjectCategory category, ProjectStatus status, String awardTier) {}

    /** The year's statuses, weighted as a round in its building and award phases might hold them; 25 slots. */
    private static final List<ProjectStatus> YEAR_PATTERN = List.of(
            ProjectStatus.SUBMITTED,
            ProjectStatus.RETURNED,
            ProjectStatus.FORMALLY_CHECKED,
            ProjectStatus.UNDER_REVIEW,
            ProjectStatus.REVIEWED,
            ProjectStatus.ADJUSTING,
            ProjectStatus.APPROVED,
            ProjectStatus.REJECTED,
            ProjectStatus.REJECTED,
            ProjectStatus.NOT_APPLYING,
            ProjectStatus.OVERDUE,
            ProjectStatus.WITHDRAWN,
            ProjectStatus.PUBLISHED,
            ProjectStatus.BUILDING,
            ProjectStatus.BUILDING,
            ProjectStatus.BUILDING,
            ProjectStatus.WITHDRAWN_BY_OFFICE,
            ProjectStatus.SUMMARY_SUBMITTED,
            ProjectStatus.SUMMARY_OVERDUE,
            ProjectStatus.PASSED,
            ProjectStatus.PASSED,
            ProjectStatus.PASSED,
            ProjectStatus.FAILED,
            ProjectStatus.AWARDED,
            ProjectStatus.AWARDED);

    /** A concluded year's statuses. */
    private static final List<ProjectStatus> EARLIER_PATTERN = List.of(
            ProjectStatus.REJECTED,
            ProjectStatus.NOT_APPLYING,
            ProjectStatus.WITHDRAWN_BY_OFFICE,
            ProjectStatus.FAILED,
            ProjectStatus.PASSED,
            ProjectStatus.AWARDED,
            ProjectStatus.AWARDED,
            ProjectStatus.AWARDED,
            ProjectStatus.REJECTED,
            ProjectStatus.SUMMARY_OVERDUE);

    /** The way through a round; a status off it branches from the step before it (see {@link #history}). */
    private static final List<ProjectStatus> MAIN_PATH = List.of(
            ProjectStatus.SUBMITTED,
            ProjectStatus.FORMALLY_CHECKED,
            ProjectStatus.UNDER_REVIEW,
            ProjectStatus.REVIEWED,
            ProjectStatus.APPROVED,
            ProjectStatus.PUBLISHED,
            ProjectStatus.BUILDING,
            ProjectStatus.SUMMARY_SUBMITTED,
            ProjectStatus.PASSED,
            ProjectStatus.AWARDED);

    private static final int EXPERTS_PER_PROJECT = 3;

    private final JdbcTemplate jdbc;
    private final int year;
    private final List<Seeded> seeded = new ArrayList<>();

    private ProgrammeSeed(JdbcTemplate jdbc, int year) {
        this.jdbc = jdbc;
        this.year = year;
    }

    /** Writes the rounds and projects for the benchmark's units (call inside one transaction). */
    static ProgrammeSeed write(JdbcTemplate jdbc, int year) {
        ProgrammeSeed seed = new ProgrammeSeed(jdbc, year);
        List<Map<String, Object>> units = jdbc.queryForList(
                "select id, code, channel from grassroots_unit where active = true" + " order by sort_order, code");
        if (units.isEmpty()) {
            throw new IllegalStateException("no benchmark units in grassroots_unit");
        }
        Map<Long, Long> previous = Map.of();
        for (int y = year - EARLIER_YEARS; y <= year; y++) {
            boolean current = y == year;
            List<Map<String, Object>> ofYear = current ? units : units.subList(0, Math.max(1, units.size() / 2));
            previous = seed.round(y, current, ofYear, previous);
        }
        return seed;
    }

    int year() {
        return year;
    }

    long count(Predicate<Seeded> which) {
        return seeded.stream().filter(which).count();
    }

    /** One round and its projects; answers unit id → project id, for the next year's 品牌延续. */
    private Map<Long, Long> round(int y, boolean current, List<Map<String, Object>> units, Map<Long, Long> previous) {
        LocalDateTime now = LocalDateTime.now().withNano(0);
        jdbc.update(
                "insert into brand_round (round_year, funding_pool, application_deadline, review_start,"
                        + " review_deadline, acceptance_start, acceptance_deadline, status, created_at, updated_at,"
                        + " version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                y,
                new BigDecimal("500000.00"),
                at(y, 4, 1),
                at(y, 4, 10),
                at(y, 4, 30),
                at(y, 11, 1),
                at(y, 11, 30),
                current ? "AWARDING" : "CLOSED",
                now,
                now);
        long roundId = jdbc.queryForObject("select id from brand_round where round_year = ?", Long.class, y);
        List<Object[]> rows = new ArrayList<>();
        Map<Long, Integer> indexOfUnit = new HashMap<>();
        int i = 0;
        for (Map<String, Object> unit : units) {
            i++;
            long unitId = ((Number) unit.get("id")).longValue();
            Channel channel = Channel.valueOf((String) unit.get("channel"));
            ProjectStatus status = current
                    ? YEAR_PATTERN.get((i * 7) % YEAR_PATTERN.size())
                    : EARLIER_PATTERN.get((i * 3 + y) % EARLIER_PATTERN.size());
            Set<RoundStage> reached = RoundStage.reached(status);
            boolean applied = reached.contains(RoundStage.APPLIED);
            ProjectCategory category = applied ? ProjectCategory.values()[(i / 2) % 6] : null;
            BigDecimal requested = applied ? BigDecimal.valueOf(5000 + (i * 131 % 16) * 1000L, 0) : null;
            BigDecimal approved = reached.contains(RoundStage.APPROVED)
                    ? BigDecimal.valueOf(requested.longValue() * 8 / 1000 * 100, 0)
                    : null;
            BigDecimal reviewScore =
                    reached.contains(RoundStage.REVIEWED) ? BigDecimal.valueOf(5500 + (i * 3719L % 4400), 2) : null;
            Boolean passed = status == ProjectStatus.FAILED
                    ? Boolean.FALSE
                    : reached.contains(RoundStage.PASSED) ? Boolean.TRUE : null;
            BigDecimal acceptanceScore = passed == null
                    ? null
                    : passed
                            ? BigDecimal.valueOf(7000 + (i * 1301L % 2900), 2)
                            : BigDecimal.valueOf(4000 + i % 1900, 2);
            // this year's passed projects are ranked (a tier, or none); an earlier year's published awards
            String tier = status == ProjectStatus.AWARDED
                    ? (tier(i) == null ? AwardTier.EXCELLENT.name() : tier(i))
                    : status == ProjectStatus.PASSED && current ? tier(i) : null;
            BigDecimal awardAmount = tier == null ? null : awardAmount(tier);
            Long continued = i % 3 == 0 ? previous.get(unitId) : null;
            seeded.add(new Seeded(y, channel, category, status, tier));
            indexOfUnit.put(unitId, i);
            rows.add(new Object[] {
                roundId,
                unitId,
                channel.name(),
                category == null ? null : category.name(),
                applied ? "基准项目" + y + "-" + i : null,
                applied ? "负责人" + i : null,
                applied ? "0516-8350" + String.format("%04d", i % 10000) : null,
                applied ? "工作基础：" + y + " 年已有的活动与队伍。" : null,
                applied ? "建设目标：形成可持续的活动品牌。" : null,
                applied ? "实施计划：每月一次主题活动。" : null,
                applied ? "预期成果：活动记录与宣传报道。" : null,
                requested,
                continued != null,
                continued,
                status.name(),
                reviewScore,
                decision(status),
                approved,
                acceptanceScore,
                passed,
                tier,
                awardAmount,
                AwardTier.FIRST.name().equals(tier),
                applied ? at(y, 3, 15) : null,
                reached.contains(RoundStage.APPROVED) ? at(y, 5, 20) : null,
                passed != null ? at(y, 11, 20) : null,
                status == ProjectStatus.AWARDED ? at(y, 12, 10) : null,
                now,
                now
            });
        }
        jdbc.batchUpdate(
                "insert into brand_project (round_id, unit_id, channel, category, name, leader, phone, foundation,"
                        + " goals, plan, expected_results, requested_budget, continues_brand, continued_project_id,"
                        + " status, review_score, decision, approved_funding, acceptance_score, acceptance_passed,"
                        + " award_tier, award_amount, city_recommended, submitted_at, approved_at, accepted_at,"
                        + " awarded_at, created_at, updated_at, version)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                        + " ?, ?, 0)",
                rows);
        Map<Long, Long> projectOfUnit = new HashMap<>();
        List<Object[]> history = new ArrayList<>();
        List<Object[]> reviews = new ArrayList<>();
        for (Map<String, Object> project : jdbc.queryForList(
                "select p.id, p.unit_id, p.status, p.acceptance_score, p.channel, u.code from brand_project p"
                        + " join grassroots_unit u on u.id = p.unit_id where p.round_id = ?",
                roundId)) {
            long projectId = ((Number) project.get("id")).longValue();
            long unitId = ((Number) project.get("unit_id")).longValue();
            projectOfUnit.put(unitId, projectId);
            ProjectStatus status = ProjectStatus.valueOf((String) project.get("status"));
            boolean women = Channel.valueOf((String) project.get("channel")) == Channel.WOMEN;
            String office = women ? "bench-fl-office" : "bench-gh-office";
            String panel = women ? "bench-zj-fl" : "bench-zj-gh";
            int day = 0;
            for (ProjectStatus step : history(status)) {
                history.add(new Object[] {
                    projectId,
                    step.name(),
                    at(y, 3, 15).plusDays(day * 20L).plusMinutes(indexOfUnit.get(unitId)),
                    step.label(),
                    day == 0 ? BenchUnits.member((String) project.get("code")) : office
                });
                day++;
            }
            if (RoundStage.reached(status).contains(RoundStage.REVIEWED)) {
                for (int e = 1; e <= EXPERTS_PER_PROJECT; e++) {
                    reviews.add(review(projectId, ReviewPhase.APPROVAL, panel + e, at(y, 4, 20)));
                }
            }
            if (project.get("acceptance_score") != null) {
                for (int e = 1; e <= EXPERTS_PER_PROJECT; e++) {
                    reviews.add(review(projectId, ReviewPhase.ACCEPTANCE, panel + e, at(y, 11, 15)));
                }
            }
        }
        jdbc.batchUpdate(
                "insert into project_status_change (project_id, status, changed_at, note, changed_by)"
                        + " values (?, ?, ?, ?, ?)",
                history);
        jdbc.batchUpdate(
                "insert into expert_review (project_id, phase, expert_id, total, opinion, submitted_at)"
                        + " values (?, ?, ?, ?, ?, ?)",
                reviews);
        List<Object[]> scores = new ArrayList<>();
        for (Map<String, Object> review : jdbc.queryForList(
                "select r.id, r.project_id, r.phase, r.expert_id from expert_review r"
                        + " join brand_project p on p.id = r.project_id where p.round_id = ?",
                roundId)) {
            ReviewPhase phase = ReviewPhase.valueOf((String) review.get("phase"));
            int[] points =
                    points(((Number) review.get("project_id")).longValue(), phase, (String) review.get("expert_id"));
            List<ReviewCriterion> criteria = phase.criteria();
            for (int c = 0; c < criteria.size(); c++) {
                scores.add(new Object[] {review.get("id"), criteria.get(c).variable(), points[c]});
            }
        }
        jdbc.batchUpdate("insert into expert_review_score (review_id, criterion, score) values (?, ?, ?)", scores);
        return projectOfUnit;
    }

    /** The statuses a project went through to reach {@code status}, in order. */
    static List<ProjectStatus> history(ProjectStatus status) {
        int onPath = MAIN_PATH.indexOf(status);
        if (onPath >= 0) {
            return MAIN_PATH.subList(0, onPath + 1);
        }
        List<ProjectStatus> steps = new ArrayList<>(
                switch (status) {
                    case NOT_APPLYING, OVERDUE -> List.<ProjectStatus>of();
                    case RETURNED, WITHDRAWN -> MAIN_PATH.subList(0, 1);
                    case ADJUSTING, REJECTED -> MAIN_PATH.subList(0, 4);
                    case WITHDRAWN_BY_OFFICE, SUMMARY_OVERDUE -> MAIN_PATH.subList(0, 7);
                    case FAILED -> MAIN_PATH.subList(0, 8);
                    default -> throw new IllegalArgumentException(status.name());
                });
        steps.add(status);
        return steps;
    }

    private static String decision(ProjectStatus status) {
        if (status == ProjectStatus.REJECTED) {
            return ApprovalDecision.REJECT.name();
        }
        if (status == ProjectStatus.ADJUSTING) {
            return ApprovalDecision.APPROVE_AFTER_ADJUSTMENT.name();
        }
        return RoundStage.reached(status).contains(RoundStage.APPROVED) ? ApprovalDecision.APPROVE.name() : null;
    }

    private static Object[] review(long projectId, ReviewPhase phase, String expert, LocalDateTime submitted) {
        int total = 0;
        for (int point : points(projectId, phase, expert)) {
            total += point;
        }
        return new Object[] {projectId, phase.name(), expert, BigDecimal.valueOf(total), "意见：方案可行，建议加强宣传。", submitted};
    }

    /** An expert's points per criterion (each 12–20 of 20), the same whenever asked. */
    private static int[] points(long projectId, ReviewPhase phase, String expert) {
        int[] points = new int[phase.criteria().size()];
        for (int c = 0; c < points.length; c++) {
            points[c] = 12 + (int) Math.floorMod(projectId * 31 + expert.hashCode() + c * 7L + phase.ordinal(), 9);
        }
        return points;
    }

    private static String tier(int i) {
        return switch (i % 5) {
            case 0 -> AwardTier.FIRST.name();
            case 1 -> AwardTier.SECOND.name();
            case 2 -> AwardTier.THIRD.name();
            case 3 -> AwardTier.EXCELLENT.name();
            default -> null;
        };
    }

    private static BigDecimal awardAmount(String tier) {
        return switch (AwardTier.valueOf(tier)) {
            case FIRST -> new BigDecimal("5000.00");
            case SECOND -> new BigDecimal("3000.00");
            case THIRD -> new BigDecimal("2000.00");
            case EXCELLENT -> new BigDecimal("1000.00");
        };
    }

    private static LocalDateTime at(int y, int month, int day) {
        return LocalDateTime.of(y, month, day, 9, 0);
    }
}
