package cn.edu.jsnu.yihuiyipin.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test class only where a MySQL-compatible server answers; elsewhere it is skipped with the
 * reason, so the plain test command passes on a laptop without a database.
 * The server is {@code YYP_MARIADB_URL} (default {@code jdbc:mysql://127.0.0.1:3306/}) with
 * {@code YYP_MARIADB_USER} (root) and {@code YYP_MARIADB_PASSWORD} (empty).
 */
public class MariaDbAvailable implements ExecutionCondition {

    public static String serverUrl() {
        return env("YYP_MARIADB_URL", "jdbc:mysql://127.0.0.1:3306/");
    }

    public static String user() {
        return env("YYP_MARIADB_USER", "root");
    }

    public static String password() {
        return env("YYP_MARIADB_PASSWORD", "");
    }

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(serverUrl() + "?connectTimeout=2000", user(), password());
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        try (Connection ignored = connect()) {
            return ConditionEvaluationResult.enabled("MariaDB/MySQL answers at " + serverUrl());
        } catch (SQLException e) {
            return ConditionEvaluationResult.disabled("SKIPPED real-database tests: no MariaDB/MySQL answers at "
                    + serverUrl() + " (" + e.getMessage() + "). Set YYP_MARIADB_URL to run them.");
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
