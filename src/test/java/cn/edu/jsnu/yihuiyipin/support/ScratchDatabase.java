package cn.edu.jsnu.yihuiyipin.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

/** A fresh utf8mb4 database on the MariaDB server of {@link MariaDbAvailable}, dropped on close. */
public final class ScratchDatabase implements AutoCloseable {

    private final String name;

    private ScratchDatabase(String name) {
        this.name = name;
    }

    public static ScratchDatabase create() throws SQLException {
        String name = "yyp_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("create database " + name + " character set utf8mb4 collate utf8mb4_unicode_ci");
        return new ScratchDatabase(name);
    }

    public String name() {
        return name;
    }

    public String jdbcUrl() {
        // nullDatabaseMeansCurrent: Camunda asks the driver whether its tables exist with no database named, and
        // Connector/J then looks in every database of the server; the bare engine, which creates its own schema,
        // found another database's ACT_GE_PROPERTY and created nothing (the application's tables come from Flyway)
        return MariaDbAvailable.serverUrl() + name
                + "?characterEncoding=UTF-8&sendFractionalSeconds=false&connectionTimeZone=Asia/Shanghai"
                + "&nullDatabaseMeansCurrent=true";
    }

    /** Properties that point the mysql profile at this database, as DB_URL/DB_USER/DB_PASSWORD would. */
    public Map<String, Object> applicationProperties() {
        return Map.of(
                "DB_URL", jdbcUrl(),
                "DB_USER", MariaDbAvailable.user(),
                "DB_PASSWORD", MariaDbAvailable.password());
    }

    @Override
    public void close() throws SQLException {
        execute("drop database if exists " + name);
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = MariaDbAvailable.connect();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
