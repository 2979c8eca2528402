package cn.edu.jsnu.yihuiyipin.cluster;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a round left in the database, in terms that do not depend on ids, years or clocks, so that
 * two runs of the same script compare with {@code equals}: per unit the project's outcome and its
 * whole status history, the round's status history, how many expert reviews were stored, and how
 * often each BPMN element ran in each instance (a step run twice, or a history entry written twice,
 * shows here).
 */
record RoundOutcome(
        String roundStatus,
        List<String> roundTrail,
        Map<String, Project> projects,
        Map<String, Integer> reviewsPerProjectAndPhase,
        Map<String, Integer> elementRuns) {

    record Project(
            String status,
            String reviewScore,
            String approvedFunding,
            String acceptanceScore,
            String awardTier,
            String awardAmount,
            boolean cityRecommended,
            List<String> trail) {}

    static RoundOutcome read(String jdbcUrl, String user, String password, int year) {
        try (Connection db = DriverManager.getConnection(jdbcUrl, user, password)) {
            long roundId;
            String status;
            String processInstanceId;
            try (PreparedStatement q = db.prepareStatement(
                    "select id, status, process_instance_id from brand_round where round_year = ?")) {
                q.setInt(1, year);
                try (ResultSet r = q.executeQuery()) {
                    if (!r.next()) {
                        throw new AssertionError("no " + year + " round in the database");
                    }
                    roundId = r.getLong(1);
                    status = r.getString(2);
                    processInstanceId = r.getString(3);
                }
            }
            List<String> roundTrail =
                    strings(db, "select status from round_status_change where round_id = ? order by id", roundId);

            Map<String, Project> projects = new TreeMap<>();
            Map<String, Integer> reviews = new TreeMap<>();
            try (PreparedStatement q = db.prepareStatement("select p.id, u.code, p.status, p.review_score,"
                    + " p.approved_funding, p.acceptance_score, p.award_tier, p.award_amount, p.city_recommended"
                    + " from brand_project p join grassroots_unit u on u.id = p.unit_id where p.round_id = ?")) {
                q.setLong(1, roundId);
                try (ResultSet r = q.executeQuery()) {
                    while (r.next()) {
                        long projectId = r.getLong(1);
                        String unit = r.getString(2);
                        projects.put(
                                unit,
                                new Project(
                                        r.getString(3),
                                        plain(r.getBigDecimal(4)),
                                        plain(r.getBigDecimal(5)),
                                        plain(r.getBigDecimal(6)),
                                        r.getString(7),
                                        plain(r.getBigDecimal(8)),
                                        r.getBoolean(9),
                                        strings(
                                                db,
                                                "select status from project_status_change where project_id = ?"
                                                        + " order by id",
                                                projectId)));
                        for (String phase : strings(
                                db, "select phase from expert_review where project_id = ? order by id", projectId)) {
                            reviews.merge(unit + ":" + phase, 1, Integer::sum);
                        }
                    }
                }
            }

            Map<String, Integer> runs = new TreeMap<>();
            try (PreparedStatement q = db.prepareStatement("select d.KEY_, p.BUSINESS_KEY_, a.ACT_ID_, count(*)"
                    + " from ACT_HI_ACTINST a join ACT_HI_PROCINST p on p.PROC_INST_ID_ = a.PROC_INST_ID_"
                    + " join ACT_RE_PROCDEF d on d.ID_ = p.PROC_DEF_ID_ where a.ROOT_PROC_INST_ID_ = ?"
                    + " group by d.KEY_, p.BUSINESS_KEY_, a.ACT_ID_")) {
                q.setString(1, processInstanceId);
                try (ResultSet r = q.executeQuery()) {
                    while (r.next()) {
                        String businessKey = r.getString(2);
                        String who = businessKey == null || !businessKey.contains("/")
                                ? "round"
                                : businessKey.substring(businessKey.indexOf('/') + 1);
                        runs.put(r.getString(1) + " " + who + " " + r.getString(3), r.getInt(4));
                    }
                }
            }
            return new RoundOutcome(status, roundTrail, projects, reviews, runs);
        } catch (SQLException e) {
            throw new AssertionError("reading the " + year + " round: " + e.getMessage(), e);
        }
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    static List<String> strings(Connection db, String sql, Object parameter) throws SQLException {
        try (PreparedStatement q = db.prepareStatement(sql)) {
            q.setObject(1, parameter);
            try (ResultSet r = q.executeQuery()) {
                List<String> values = new ArrayList<>();
                while (r.next()) {
                    values.add(r.getString(1));
                }
                return values;
            }
        }
    }
}
